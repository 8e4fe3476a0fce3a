// The two faces a handout uses: DejaVu Sans and DejaVu Sans Bold.
#pragma once

namespace hep {

enum class FontStyle { Regular, Bold };

}  // namespace hep
