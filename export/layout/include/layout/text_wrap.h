// Breaking UTF-8 text into lines that fit a width, and finding characters a font cannot draw.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/fonts.h"

namespace hep {

// Breaks text into lines no wider than maxWidthPt at sizePt (measured with font.textWidth).
// - '\n' is a hard break; each paragraph between hard breaks gives at least one line (an empty
//   one when it holds no word), except that text with no word at all gives no lines.
// - Words are split at spaces, tabs and '\r'; runs of them collapse into one space, and a line
//   never starts or ends with one.
// - A word wider than the line starts a new line and is broken between characters (never
//   inside a UTF-8 sequence, never before a combining mark), so nothing is lost and no line is
//   wider than maxWidthPt.
// Throws ExportError when maxWidthPt is narrower than a single character of the text.
std::vector<std::string> wrapText(std::string_view utf8, const FontMetrics& font, double sizePt,
                                  double maxWidthPt);

// The characters of the text the font cannot draw (see FontMetrics::hasGlyph), each once, in
// order of first appearance. '\n', '\r' and '\t' are layout characters wrapText handles and are
// not reported. An invalid UTF-8 byte is reported as U+FFFD.
std::vector<char32_t> findMissingGlyphs(std::string_view utf8, const FontMetrics& font);

// The visible mark that stands for a character the font lacks: U+FFFD (the replacement
// character) when the font has it, as DejaVu does, else '?'.
char32_t replacementMark(const FontMetrics& font);

// The text with each character findMissingGlyphs reports (and each invalid UTF-8 byte) replaced
// by replacementMark(font). Always valid UTF-8.
std::string replaceMissingGlyphs(std::string_view utf8, const FontMetrics& font);

}  // namespace hep
