#include "to_unicode_cmap.h"

#include <cstdio>

namespace hep {

bool isLibharuUtf8ToUnicode(std::string_view data) {
    return data.find("/CMapName /UTF-8 def") != std::string_view::npos &&
           data.find("1 begincidrange\r\n<0000> <FFFF> 0\r\nendcidrange") != std::string_view::npos;
}

const std::string& identityToUnicodeCmap() {
    static const std::string cmap = [] {
        std::string out =
            "/CIDInit /ProcSet findresource begin\n"
            "12 dict begin\n"
            "begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n"
            "/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
        std::string ranges;
        int inSection = 0;
        auto flush = [&] {
            if (inSection > 0) {
                out += std::to_string(inSection) + " beginbfrange\n" + ranges + "endbfrange\n";
            }
            ranges.clear();
            inSection = 0;
        };
        for (unsigned high = 0; high <= 0xFF; ++high) {
            if (high >= 0xD8 && high <= 0xDF) {
                continue;  // surrogates: no character
            }
            char line[24];
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
            ranges += line;
            if (++inSection == 100) {
                flush();
            }
        }
        flush();
        out +=
            "endcmap\n"
            "CMapName currentdict /CMap defineresource pop\n"
            "end\n"
            "end\n";
        return out;
    }();
    return cmap;
}

}  // namespace hep
