// The PDF's document information: title, author, subject, creator and creation date.
#pragma once

#include "hpdf_document.h"
#include "layout/document.h"

namespace hep {

// Sets the information of `info` in `pdf`, whose UTF-8 encodings libharu must already have
// (HPDF_UseUTFEncodings). Empty fields are left out. The creation date is `info.created`, else
// SOURCE_DATE_EPOCH when set (https://reproducible-builds.org/specs/source-date-epoch/), else
// none. Text of ASCII and Latin-1 letters ("José Núñez") is written in PDFDocEncoding; text with
// any other character is written as UTF-16 through libharu's UTF-8 encoder, which is only made
// then: making it walks all 65,536 code points of the Basic Multilingual Plane (4% of an export). Throws ExportError for a field that is not valid UTF-8, naming the field,
// and for a SOURCE_DATE_EPOCH that is not a number of seconds.
void setDocumentInfo(HpdfDocument& pdf, const DocumentInfo& info);

}  // namespace hep
