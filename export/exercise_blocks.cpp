// The exercise blocks of the handout: title, why it helps, pictures beside the text, numbered
// steps, the dose in plain sentences, what to feel, when to stop, cautions and the note.
#include "export/handout_parts.h"
#include "model/dose_text.h"

namespace hep::handout {

namespace {

// Draws the pictures stacked in a column at (x, y), each with its caption below, into ops;
// photos' pixels go into the document once. Returns the height used.
double drawPictures(const std::vector<Picture>& pictures, double x, double y, double width,
                    const HandoutStyle& s, Document& document, std::vector<DrawOp>& ops) {
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    const double caption_size = s.small + 1;
    double top = y;
    for (const auto& picture : pictures) {
        double w = width;
        double h = w / picture.aspect;
        if (h > width * 0.9) {  // a tall picture is kept from taking the whole page
            h = width * 0.9;
            w = h * picture.aspect;
        }
        double px = x + (width - w) / 2;
        if (picture.image) {
            document.images.try_emplace(picture.image_key, *picture.image);
            ops.push_back(Image{px, top, w, h, picture.image_key});
        } else if (picture.draw) {
            picture.draw(ops, px, top, w, h);
        }
        ops.push_back(Rect{px, top, w, h, 0.75, 0.6, std::nullopt});
        top += h + caption_size * 1.2;
        double caption_w = bold.textWidth(picture.caption, caption_size);
        ops.push_back(TextRun{x + (width - caption_w) / 2, top, picture.caption, FontStyle::Bold,
                              caption_size, 0});
        top += caption_size * 0.9;
    }
    return top - y;
}

}  // namespace

std::vector<Block> exerciseBlocks(Context& c) {
    const HandoutStyle& s = c.style;
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < c.program.items.size(); ++i) {
        const ProgramItem& item = c.program.items[i];
        const Exercise& e = c.exercises[i];
        const std::string title = "Exercise " + std::to_string(i + 1) + ": " + e.name;
        BlockBuilder b = c.builder();
        if (i == 0) {
            b.paragraph({{"Your exercises", FontStyle::Bold}}, s.heading);
            b.keepWithNext();
            b.space(s.body * 0.4);
            b.keepWithNext();
        }
        b.paragraph({{title, FontStyle::Bold}}, s.exercise_title, "", 0, true);
        b.keepWithNext();
        b.paragraph({{e.purpose, FontStyle::Regular}}, s.body, "", 0, true);
        b.keepWithNext();
        b.space(s.body * 0.4);

        std::vector<Picture> pictures;
        if (c.inputs.pictures) {
            pictures = c.inputs.pictures(e);
        }
        if (!pictures.empty()) {
            double column = s.contentWidth() * (c.program.handout.large_print ? 0.34 : 0.36);
            std::vector<DrawOp> ops;
            double height =
                drawPictures(pictures, s.contentLeft(), b.y(), column, s, *c.document, ops);
            b.attach(std::move(ops));
            double gap = s.body;
            b.setFloat(s.contentLeft() + column + gap, s.contentWidth() - column - gap,
                       b.y() + height);
        }

        b.paragraph({{"How to do it:", FontStyle::Bold}}, s.body);
        b.keepWithNext();
        for (std::size_t k = 0; k < e.steps.size(); ++k) {
            b.paragraph({{e.steps[k], FontStyle::Regular}}, s.body, std::to_string(k + 1) + ".",
                        s.body * 1.5, true);
        }
        auto dose = doseText(item.dose);
        if (!dose.empty()) {
            b.space(s.body * 0.4);
            b.paragraph(labelled("How much:", dose), s.body, "", 0, true);
        }
        b.space(s.body * 0.4);
        b.paragraph(labelled("You should feel:", e.feel), s.body, "", 0, true);
        b.paragraph(labelled("Stop if:", e.stop_if), s.body, "", 0, true);
        if (!e.cautions.empty()) {
            std::string cautions;
            for (const auto& caution : e.cautions) {
                cautions += (cautions.empty() ? "" : " ") + caution;
            }
            b.paragraph(labelled("Take care:", cautions), s.body, "", 0, true);
        }
        if (!item.note.empty()) {
            b.space(s.body * 0.5);
            b.openBox(1, s.body * 0.5);
            b.paragraph(
                labelled("Note from your therapist:",
                         c.printable(item.note, "note on exercise " + std::to_string(i + 1) + " (" +
                                                    e.name + ")")),
                s.body);
            b.closeBox();
        }
        Block block = b.finish(s.body * 0.6);
        if (i > 0) {  // a rule between two exercises on one page
            BlockBuilder sep = c.builder();
            sep.rule(0.75, 0.6);
            sep.space(s.body * 0.6);
            block.lead_in = sep.finish().rows;
        }
        BlockBuilder t = c.builder();
        t.paragraph({{title + " (continued)", FontStyle::Bold}}, s.exercise_title);
        t.space(s.body * 0.3);
        block.continued_title = t.finish().rows;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

}  // namespace hep::handout
