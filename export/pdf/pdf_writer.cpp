#include "pdf/pdf_writer.h"

#include <hpdf.h>

#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <variant>

#include "core/file_io.h"
#include "font_encoding.h"
#include "font_subset.h"
#include "hpdf_document.h"
#include "jpeg_encode.h"
#include "layout/export_error.h"
#include "layout/fonts.h"
#include "pdf_deflate.h"
#include "pdf_info.h"
#include "text/utf8.h"

namespace hep {

namespace {

const char* opName(const DrawOp& op) {
    static constexpr const char* names[] = {"text", "line", "rectangle", "path", "circle", "image"};
    return names[op.index()];
}

const char* fontName(FontStyle style) {
    return style == FontStyle::Bold ? "DejaVu Sans Bold" : "DejaVu Sans";
}

void requireFinite(std::initializer_list<double> values) {
    for (const double value : values) {
        if (!std::isfinite(value)) {
            throw ExportError("a position, size or gray level is not a finite number.");
        }
    }
}

// libharu refuses negative line widths itself but draws a circle of negative radius.
void requireNotNegative(double value, const char* what) {
    if (value < 0) {
        throw ExportError(std::string("the ") + what + " is negative.");
    }
}

class PdfRenderer {
  public:
    explicit PdfRenderer(const Document& document) : document_(document) {}

    std::vector<unsigned char> render() {
        if (document_.pages.empty()) {
            throw ExportError("Cannot make a PDF: the document has no pages.");
        }
        collectCharacters();
        setUp();
        for (std::size_t i = 0; i < document_.pages.size(); ++i) {
            drawPage(document_.pages[i], i + 1);
        }
        return save();
    }

  private:
    struct GraphicsState {
        std::optional<double> lineWidth;
        std::optional<double> strokeGray;
        std::optional<double> fillGray;
        std::optional<HPDF_LineCap> cap;
        std::optional<HPDF_LineJoin> join;
        std::optional<FontStyle> font;
        std::optional<double> fontSize;
    };

    HPDF_Doc doc() const { return pdf_.get(); }

    static std::size_t fontIndex(FontStyle style) { return style == FontStyle::Bold ? 1 : 0; }

    // Each font is embedded as a subset with the glyphs of every text drawn in it, so the
    // characters must be known before the first text is drawn. Text that is not valid UTF-8 or
    // has characters the font lacks is refused when it is drawn.
    void collectCharacters() {
        for (const Page& page : document_.pages) {
            for (const DrawOp& op : page.ops) {
                if (const auto* text = std::get_if<TextRun>(&op)) {
                    characters_[fontIndex(text->font)].addText(text->text);
                }
            }
        }
    }

    // Order matters in libharu 2.3.0: the compression mode before any object, the UTF-8
    // encodings before the info attributes and the fonts. libharu writes the streams as they
    // are; save() deflates them faster than libharu would (pdf_deflate.h).
    void setUp() {
        pdf_.check(HPDF_SetCompressionMode(doc(), HPDF_COMP_NONE), "turn off compression");
        pdf_.check(HPDF_UseUTFEncodings(doc()), "enable UTF-8 encodings");
        setDocumentInfo(pdf_, document_.info);
    }

    void drawPage(const Page& page, std::size_t number) {
        const std::string where = "Cannot make the PDF, page " + std::to_string(number);
        try {
            requireFinite({page.width, page.height});
            page_ = pdf_.checkHandle(HPDF_AddPage(doc()), "add a page");
            pdf_.check(HPDF_Page_SetWidth(page_, static_cast<HPDF_REAL>(page.width)),
                       "set the page width");
            pdf_.check(HPDF_Page_SetHeight(page_, static_cast<HPDF_REAL>(page.height)),
                       "set the page height");
        } catch (const ExportError& error) {
            throw ExportError(where + ": " + error.what());
        }
        pageHeight_ = page.height;
        state_ = {};
        for (std::size_t i = 0; i < page.ops.size(); ++i) {
            try {
                std::visit([this](const auto& op) { draw(op); }, page.ops[i]);
            } catch (const ExportError& error) {
                throw ExportError(where + ", drawing " + std::to_string(i + 1) + " (" +
                                  opName(page.ops[i]) + "): " + error.what());
            }
        }
    }

    // Positions to an eighth of a point (0.04 mm, a sixth of a 300 dpi printer's dot), which a
    // float holds exactly: libharu writes up to 5 decimals, and the shorter numbers make the PDF
    // 6% smaller. Sizes, line widths and grays are kept as they are.
    static HPDF_REAL position(double value) {
        return static_cast<HPDF_REAL>(std::round(value * 8) / 8);
    }
    HPDF_REAL x(double value) const { return position(value); }
    HPDF_REAL y(double value) const { return position(pageHeight_ - value); }
    HPDF_REAL real(double value) const { return static_cast<HPDF_REAL>(value); }

    void setLineWidth(double width) {
        if (state_.lineWidth != width) {
            pdf_.check(HPDF_Page_SetLineWidth(page_, real(width)), "set the line width");
            state_.lineWidth = width;
        }
    }

    void setStrokeGray(double gray) {
        if (state_.strokeGray != gray) {
            pdf_.check(HPDF_Page_SetGrayStroke(page_, real(gray)), "set the stroke gray level");
            state_.strokeGray = gray;
        }
    }

    void setFillGray(double gray) {
        if (state_.fillGray != gray) {
            pdf_.check(HPDF_Page_SetGrayFill(page_, real(gray)), "set the fill gray level");
            state_.fillGray = gray;
        }
    }

    void setCapAndJoin(HPDF_LineCap cap, HPDF_LineJoin join) {
        if (state_.cap != cap) {
            pdf_.check(HPDF_Page_SetLineCap(page_, cap), "set the line cap");
            state_.cap = cap;
        }
        if (state_.join != join) {
            pdf_.check(HPDF_Page_SetLineJoin(page_, join), "set the line join");
            state_.join = join;
        }
    }

    HPDF_Font font(FontStyle style) {
        std::optional<HPDF_Font>& slot = fonts_[fontIndex(style)];
        if (!slot) {
            const std::string file = fontMetrics(style).file().string();
            const char* name = pdf_.loadTrueTypeFont(
                subsetFont(style, characters_[fontIndex(style)]), "load the font " + file);
            const FontEncoding& encoding = encodings_[fontIndex(style)].emplace(
                FontEncoding::forCharacters(doc(), characters_[fontIndex(style)]));
            slot = pdf_.checkHandle(HPDF_GetFont(doc(), name, encoding.name()),
                                    "use the font " + file + " with " + encoding.name());
        }
        return *slot;
    }

    HPDF_Image image(const std::string& key) {
        const auto loaded = images_.find(key);
        if (loaded != images_.end()) {
            return loaded->second;
        }
        const auto found = document_.images.find(key);
        if (found == document_.images.end()) {
            throw ExportError("there is no image \"" + key + "\" in the document.");
        }
        const RgbImage& pixels = found->second;
        if (pixels.width <= 0 || pixels.height <= 0 ||
            pixels.pixels.size() != std::size_t(pixels.width) * std::size_t(pixels.height) * 3) {
            throw ExportError("the image \"" + key + "\" is " + std::to_string(pixels.width) +
                              " x " + std::to_string(pixels.height) + " pixels but holds " +
                              std::to_string(pixels.pixels.size()) +
                              " bytes instead of 3 per pixel.");
        }
        if (pixels.photographic) {
            const auto bytes = jpegForPrint(pixels);
            const HPDF_Image jpeg = pdf_.checkHandle(
                HPDF_LoadJpegImageFromMem(doc(), reinterpret_cast<const HPDF_BYTE*>(bytes->data()),
                                          static_cast<HPDF_UINT>(bytes->size())),
                "load the JPEG image \"" + key + "\"");
            images_.emplace(key, jpeg);
            return jpeg;
        }
        const HPDF_Image handle =
            pdf_.checkHandle(HPDF_LoadRawImageFromMem(
                                 doc(), pixels.pixels.data(), static_cast<HPDF_UINT>(pixels.width),
                                 static_cast<HPDF_UINT>(pixels.height), HPDF_CS_DEVICE_RGB, 8),
                             "load the image \"" + key + "\"");
        images_.emplace(key, handle);
        return handle;
    }

    void draw(const TextRun& text) {
        requireFinite({text.x, text.baseline, text.size, text.gray});
        if (text.text.empty()) {
            return;
        }
        const FontMetrics& metrics = fontMetrics(text.font);
        // The text itself is never quoted: it may be the patient's name.
        if (!isValidUtf8(text.text)) {
            throw ExportError("the text is not valid UTF-8.");
        }
        for (std::size_t pos = 0; pos < text.text.size();) {
            const Utf8Char ch = decodeUtf8(text.text, pos);
            if (!metrics.hasGlyph(ch.codePoint)) {
                throw ExportError("the font " + std::string(fontName(text.font)) +
                                  " cannot draw the character " + codePointName(ch.codePoint) +
                                  " (lay out text with replaceMissingGlyphs first).");
            }
            pos += ch.size;
        }
        setFillGray(text.gray);
        const HPDF_Font drawIn = font(text.font);
        const std::string bytes = encodings_[fontIndex(text.font)]->encode(text.text);
        pdf_.check(HPDF_Page_BeginText(page_), "begin a text");
        if (state_.font != text.font || state_.fontSize != text.size) {
            pdf_.check(HPDF_Page_SetFontAndSize(page_, drawIn, real(text.size)),
                       "set the font size");
            state_.font = text.font;
            state_.fontSize = text.size;
        }
        pdf_.check(HPDF_Page_TextOut(page_, x(text.x), y(text.baseline), bytes.c_str()),
                   "draw a text");
        pdf_.check(HPDF_Page_EndText(page_), "end a text");
    }

    void draw(const Line& line) {
        requireFinite({line.x1, line.y1, line.x2, line.y2, line.width, line.gray});
        setLineWidth(line.width);
        setStrokeGray(line.gray);
        setCapAndJoin(HPDF_BUTT_END, HPDF_MITER_JOIN);
        pdf_.check(HPDF_Page_MoveTo(page_, x(line.x1), y(line.y1)), "move to the line start");
        pdf_.check(HPDF_Page_LineTo(page_, x(line.x2), y(line.y2)), "draw a line");
        pdf_.check(HPDF_Page_Stroke(page_), "stroke a line");
    }

    void draw(const Rect& rect) {
        requireFinite({rect.x, rect.y, rect.w, rect.h, rect.strokeWidth, rect.gray,
                       rect.fillGray.value_or(0)});
        const bool stroke = rect.strokeWidth > 0;
        if (!stroke && !rect.fillGray) {
            return;
        }
        if (stroke) {
            setLineWidth(rect.strokeWidth);
            setStrokeGray(rect.gray);
            setCapAndJoin(HPDF_BUTT_END, HPDF_MITER_JOIN);
        }
        if (rect.fillGray) {
            setFillGray(*rect.fillGray);
        }
        pdf_.check(
            HPDF_Page_Rectangle(page_, x(rect.x), y(rect.y + rect.h), real(rect.w), real(rect.h)),
            "draw a rectangle");
        if (stroke && rect.fillGray) {
            pdf_.check(HPDF_Page_FillStroke(page_), "fill and stroke a rectangle");
        } else if (stroke) {
            pdf_.check(HPDF_Page_Stroke(page_), "stroke a rectangle");
        } else {
            pdf_.check(HPDF_Page_Fill(page_), "fill a rectangle");
        }
    }

    void draw(const Path& path) {
        requireFinite({path.width, path.gray});
        for (const Point& point : path.points) {
            requireFinite({point.x, point.y});
        }
        if (path.points.empty()) {
            return;
        }
        setLineWidth(path.width);
        setStrokeGray(path.gray);
        setCapAndJoin(HPDF_ROUND_END, HPDF_ROUND_JOIN);
        const Point& first = path.points.front();
        pdf_.check(HPDF_Page_MoveTo(page_, x(first.x), y(first.y)), "start a path");
        if (path.points.size() == 1) {  // a dot: round caps on a zero-length segment
            pdf_.check(HPDF_Page_LineTo(page_, x(first.x), y(first.y)), "draw a dot");
        }
        for (std::size_t i = 1; i < path.points.size(); ++i) {
            const Point& point = path.points[i];
            pdf_.check(HPDF_Page_LineTo(page_, x(point.x), y(point.y)), "draw a path");
        }
        if (path.closed) {
            pdf_.check(HPDF_Page_ClosePathStroke(page_), "close and stroke a path");
        } else {
            pdf_.check(HPDF_Page_Stroke(page_), "stroke a path");
        }
    }

    void draw(const Circle& circle) {
        requireFinite({circle.cx, circle.cy, circle.r, circle.strokeWidth, circle.gray});
        requireNotNegative(circle.r, "radius");
        setLineWidth(circle.strokeWidth);
        setStrokeGray(circle.gray);
        setCapAndJoin(HPDF_ROUND_END, HPDF_ROUND_JOIN);
        pdf_.check(HPDF_Page_Circle(page_, x(circle.cx), y(circle.cy), real(circle.r)),
                   "draw a circle");
        pdf_.check(HPDF_Page_Stroke(page_), "stroke a circle");
    }

    void draw(const Image& picture) {
        requireFinite({picture.x, picture.y, picture.w, picture.h});
        const HPDF_Image handle = image(picture.key);
        pdf_.check(HPDF_Page_DrawImage(page_, handle, x(picture.x), y(picture.y + picture.h),
                                       real(picture.w), real(picture.h)),
                   "draw the image \"" + picture.key + "\"");
    }

    std::vector<unsigned char> save() { return deflatePdfStreams(pdf_.save().bytes()); }

    const Document& document_;
    HpdfDocument pdf_;
    HPDF_Page page_ = nullptr;
    double pageHeight_ = 0;
    GraphicsState state_;
    CharacterSet characters_[2];  // drawn in each font, by fontIndex
    std::optional<HPDF_Font> fonts_[2];
    std::optional<FontEncoding> encodings_[2];  // of fonts_
    std::map<std::string, HPDF_Image> images_;
};

}  // namespace

std::vector<unsigned char> renderPdf(const Document& document) {
    return PdfRenderer(document).render();
}

void writePdf(const Document& document, const std::filesystem::path& out) {
    const std::vector<unsigned char> bytes = renderPdf(document);
    writeFileAtomically(
        out, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace hep
