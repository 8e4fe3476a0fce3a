#include "layout/text_wrap.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "layout/export_error.h"
#include "text/utf8.h"

namespace hep {

namespace {

bool isBreakSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

bool isLayoutCharacter(char32_t cp) {
    return cp == U'\n' || cp == U'\r' || cp == U'\t';
}

// Marks that combine with the character before them; a word is never broken before one.
bool isCombining(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
           (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D;
}

std::string formatPoints(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

class LineBreaker {
  public:
    LineBreaker(const FontMetrics& font, double sizePt, double maxWidthPt)
        : font_(font),
          sizePt_(sizePt),
          maxWidthPt_(maxWidthPt),
          spaceUnits_(font.charWidthUnits(U' ')) {}

    // Same arithmetic as FontMetrics::textWidth, so "fits" here means textWidth <= max there.
    bool fits(long units) const {
        return static_cast<double>(units) * sizePt_ / 1000.0 <= maxWidthPt_;
    }

    void addWord(std::string_view word) {
        const long wordUnits = font_.widthUnits(word);
        if (!line_.empty() && fits(lineUnits_ + spaceUnits_ + wordUnits)) {
            line_ += ' ';
            line_ += word;
            lineUnits_ += spaceUnits_ + wordUnits;
            return;
        }
        if (!line_.empty()) {
            finishLine();
        }
        if (fits(wordUnits)) {
            line_ = word;
            lineUnits_ = wordUnits;
            return;
        }
        addLongWord(word);
    }

    void finishLine() {
        lines_.push_back(std::move(line_));
        line_.clear();
        lineUnits_ = 0;
    }

    std::vector<std::string> takeLines() { return std::move(lines_); }

  private:
    // Breaks a word wider than the line between characters; the last piece stays on the current
    // line so the next word may follow it.
    void addLongWord(std::string_view word) {
        std::size_t pos = 0;
        while (pos < word.size()) {
            // One cluster: a character and the combining marks after it.
            std::size_t end = pos + decodeUtf8(word, pos).size;
            while (end < word.size()) {
                const Utf8Char next = decodeUtf8(word, end);
                if (!next.valid || !isCombining(next.codePoint)) {
                    break;
                }
                end += next.size;
            }
            const std::string_view cluster = word.substr(pos, end - pos);
            const long clusterUnits = font_.widthUnits(cluster);
            if (!fits(lineUnits_ + clusterUnits)) {
                if (line_.empty()) {
                    throw ExportError("The line width " + formatPoints(maxWidthPt_) +
                                      " pt is narrower than the character " +
                                      codePointName(decodeUtf8(cluster, 0).codePoint) + " at " +
                                      formatPoints(sizePt_) + " pt.");
                }
                finishLine();
            }
            line_ += cluster;
            lineUnits_ += clusterUnits;
            pos = end;
        }
    }

    const FontMetrics& font_;
    double sizePt_;
    double maxWidthPt_;
    long spaceUnits_;
    std::string line_;
    long lineUnits_ = 0;
    std::vector<std::string> lines_;
};

}  // namespace

std::vector<std::string> wrapText(std::string_view utf8, const FontMetrics& font, double sizePt,
                                  double maxWidthPt) {
    if (!std::isfinite(sizePt) || sizePt <= 0) {
        throw ExportError("Cannot wrap text at a font size of " + formatPoints(sizePt) + " pt.");
    }
    if (!std::isfinite(maxWidthPt) || maxWidthPt <= 0) {
        throw ExportError("Cannot wrap text into a line " + formatPoints(maxWidthPt) + " pt wide.");
    }
    LineBreaker breaker(font, sizePt, maxWidthPt);
    bool anyWord = false;
    std::size_t paragraphStart = 0;
    while (true) {
        const std::size_t paragraphEnd = std::min(utf8.find('\n', paragraphStart), utf8.size());
        const std::string_view paragraph =
            utf8.substr(paragraphStart, paragraphEnd - paragraphStart);
        std::size_t pos = 0;
        while (pos < paragraph.size()) {
            while (pos < paragraph.size() && isBreakSpace(paragraph[pos])) {
                ++pos;
            }
            std::size_t end = pos;
            while (end < paragraph.size() && !isBreakSpace(paragraph[end])) {
                ++end;
            }
            if (end > pos) {
                breaker.addWord(paragraph.substr(pos, end - pos));
                anyWord = true;
            }
            pos = end;
        }
        breaker.finishLine();
        if (paragraphEnd >= utf8.size()) {
            break;
        }
        paragraphStart = paragraphEnd + 1;
    }
    if (!anyWord) {
        return {};
    }
    return breaker.takeLines();
}

std::vector<char32_t> findMissingGlyphs(std::string_view utf8, const FontMetrics& font) {
    std::vector<char32_t> missing;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const Utf8Char ch = decodeUtf8(utf8, pos);
        pos += ch.size;
        const bool drawable =
            ch.valid && (isLayoutCharacter(ch.codePoint) || font.hasGlyph(ch.codePoint));
        if (!drawable && std::find(missing.begin(), missing.end(), ch.codePoint) == missing.end()) {
            missing.push_back(ch.codePoint);
        }
    }
    return missing;
}

char32_t replacementMark(const FontMetrics& font) {
    return font.hasGlyph(0xFFFD) ? char32_t{0xFFFD} : char32_t{U'?'};
}

std::string replaceMissingGlyphs(std::string_view utf8, const FontMetrics& font) {
    const char32_t mark = replacementMark(font);
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();) {
        const Utf8Char ch = decodeUtf8(utf8, pos);
        if (ch.valid && (isLayoutCharacter(ch.codePoint) || font.hasGlyph(ch.codePoint))) {
            out.append(utf8.substr(pos, ch.size));
        } else {
            appendUtf8(out, mark);
        }
        pos += ch.size;
    }
    return out;
}

}  // namespace hep
