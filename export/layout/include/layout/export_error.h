// The error the export library throws: a handout could not be laid out, rendered or written.
#pragma once

#include "core/errors.h"

namespace hep {

// Export failed: fonts missing or damaged, libharu refused an operation, or the PDF file could
// not be written. The message says what failed and where (file, page, libharu error code), ready
// to show to a person.
class ExportError : public Error {
  public:
    using Error::Error;
};

}  // namespace hep
