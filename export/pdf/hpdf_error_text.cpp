#include "hpdf_error_text.h"

#include <hpdf.h>

#include <cstdio>

namespace hep {

namespace {

const char* plainDescription(unsigned long code) {
    switch (code) {
        case HPDF_FAILD_TO_ALLOC_MEM:
            return "out of memory";
        case HPDF_FILE_IO_ERROR:
            return "reading or writing a file failed";
        case HPDF_FILE_OPEN_ERROR:
            return "a file could not be opened";
        case HPDF_INVALID_DOCUMENT:
            return "the document is not valid";
        case HPDF_INVALID_DATE_TIME:
            return "the date is not valid";
        case HPDF_INVALID_ENCODER:
        case HPDF_INVALID_ENCODING_NAME:
            return "unknown text encoding";
        case HPDF_INVALID_FONTDEF_DATA:
        case HPDF_INVALID_FONT_NAME:
        case HPDF_INVALID_FONT:
            return "the font is not valid";
        case HPDF_TTF_INVALID_CMAP:
            return "the font has no usable Unicode character map";
        case HPDF_TTF_INVALID_FOMAT:
            return "the font file is not in TrueType format";
        case HPDF_TTF_MISSING_TABLE:
            return "the font file lacks a table libharu needs";
        case HPDF_TTF_CANNOT_EMBEDDING_FONT:
            return "the font's license does not allow embedding";
        case HPDF_INVALID_IMAGE:
        case HPDF_INVALID_COLOR_SPACE:
        case HPDF_INVALID_BIT_PER_COMPONENT:
            return "the image is not valid";
        case HPDF_INVALID_PARAMETER:
            return "a parameter is not valid";
        case HPDF_PAGE_OUT_OF_RANGE:
            return "a value is out of range, such as a gray level outside 0 to 1";
        case HPDF_REAL_OUT_OF_RANGE:
            return "a number is out of range";
        case HPDF_PAGE_INVALID_SIZE:
            return "the page size is out of range: 3 to 14400 points";
        case HPDF_PAGE_INVALID_FONT_SIZE:
            return "the font size is out of range: above 0 and at most 600 points";
        case HPDF_PAGE_FONT_NOT_FOUND:
            return "text was drawn before a font was set";
        case HPDF_PAGE_INVALID_GMODE:
            return "an operation was used in the wrong graphics mode";
        case HPDF_STRING_OUT_OF_RANGE:
            return "a text is too long";
        case HPDF_EXCEED_GSTATE_LIMIT:
            return "too many nested graphics states";
        case HPDF_ZLIB_ERROR:
            return "compression failed";
        default:
            return nullptr;
    }
}

}  // namespace

std::string describeHpdfError(unsigned long code, unsigned long detail) {
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%04lX", code);
    std::string text = std::string("error ") + hex + ": ";
    if (const char* plain = plainDescription(code)) {
        text += plain;
    } else {
        text += "see the HPDF_* error codes in hpdf_error.h";
    }
    if (detail != 0) {
        text += ", detail " + std::to_string(detail);
    }
    return text;
}

}  // namespace hep
