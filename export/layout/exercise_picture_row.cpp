// The start and end pictures of an exercise in a row, with the arrow between them and a caption
// in each: the part of an exercise block the patient looks at first.
#include <algorithm>

#include "handout_parts.h"

namespace hep::handout {

namespace {
constexpr double kInch = 72;
}  // namespace

PictureRow pictureRow(const std::vector<Picture>& pictures, double x, double y,
                      const HandoutStyle& s, Document& document) {
    PictureRow row;
    if (pictures.empty()) {
        return row;
    }
    const double frame_w = 2.4 * kInch * s.scale;
    const double gap = 16 * s.scale;
    // One height for the row, from the tallest picture.
    double tallest = 0;
    for (const auto& picture : pictures) {
        tallest = std::max(tallest, frame_w / picture.aspect);
    }
    const double frame_h = std::clamp(tallest, 0.75 * kInch * s.scale, 1.2 * kInch * s.scale);
    const FontMetrics& bold = fontMetrics(FontStyle::Bold);
    const double caption_size = s.small + 1;
    double fx = x;
    for (std::size_t i = 0; i < pictures.size(); ++i) {
        const Picture& picture = pictures[i];
        double w = frame_w;
        double h = w / picture.aspect;
        if (h > frame_h) {
            h = frame_h;
            w = h * picture.aspect;
        }
        const double px = fx + (frame_w - w) / 2;
        const double py = y + (frame_h - h) / 2;
        if (picture.image) {
            document.images.try_emplace(picture.image_key, *picture.image);
            row.ops.push_back(Image{px, py, w, h, picture.image_key});
        } else if (picture.draw) {
            picture.draw(row.ops, px, py, w, h);
        }
        row.ops.push_back(Rect{fx, y, frame_w, frame_h, 0.75, 0.6, std::nullopt});
        // The caption inside the frame's top left corner, on white.
        const double pad = caption_size * 0.3;
        const double caption_w = bold.textWidth(picture.caption, caption_size);
        row.ops.push_back(
            Rect{fx + 0.75, y + 0.75, caption_w + 2 * pad, caption_size * 1.25, 0, 1, 1.0});
        row.ops.push_back(TextRun{fx + pad + 0.75, y + caption_size, picture.caption,
                                  FontStyle::Bold, caption_size, 0});
        if (i + 1 < pictures.size()) {
            // The arrow from this picture to the next, in the gap between them.
            const double ay = y + frame_h / 2;
            const double x1 = fx + frame_w + gap * 0.2;
            const double x2 = fx + frame_w + gap * 0.8;
            const double head = gap * 0.25;
            row.ops.push_back(Line{x1, ay, x2, ay, 2 * s.scale, 0});
            row.ops.push_back(
                Path{{{x2 - head, ay - head}, {x2, ay}, {x2 - head, ay + head}}, 2 * s.scale, 0});
        }
        row.width = fx + frame_w - x;
        fx += frame_w + gap;
    }
    row.height = frame_h;
    return row;
}

}  // namespace hep::handout
