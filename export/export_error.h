// The error the export library throws: a handout could not be laid out, rendered or written.
#pragma once

#include <stdexcept>

namespace hep {

// Export failed: fonts missing or damaged, libharu refused an operation, or the PDF file could
// not be written. The message says what failed and where (file, page, libharu error code), ready
// to show to a person.
class ExportError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace hep
