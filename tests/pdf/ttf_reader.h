// Just enough of a TrueType reader for the tests to look inside fonts and their subsets.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hep::test {

class Ttf {
  public:
    explicit Ttf(std::vector<unsigned char> data);

    struct Table {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t checksum = 0;
    };

    // A simple glyph (its bytes, padding left out) where a composite glyph puts it.
    struct PlacedGlyph {
        std::vector<unsigned char> bytes;
        int dx = 0;
        int dy = 0;
        bool operator==(const PlacedGlyph&) const = default;
    };

    const std::vector<unsigned char>& data() const { return data_; }
    const std::vector<std::string>& tags() const { return tags_; }  // in directory order
    bool has(const std::string& tag) const { return tables_.count(tag) != 0; }
    const Table& table(const std::string& tag) const { return tables_.at(tag); }
    std::uint32_t u16(std::size_t pos) const { return (data_.at(pos) << 8) | data_.at(pos + 1); }
    std::uint32_t u32(std::size_t pos) const { return (u16(pos) << 16) | u16(pos + 2); }
    std::uint32_t glyphCount() const { return u16(table("maxp").offset + 4); }

    // The glyph's bytes, as loca delimits them.
    std::vector<unsigned char> glyph(std::uint32_t id) const;
    // Positions of the component glyph ids in a composite glyph (none for a simple one).
    static std::vector<std::size_t> components(const std::vector<unsigned char>& glyph);
    // The simple glyphs the glyph is drawn with, in point order, at their offsets. Fails the test
    // on components placed by matching points or scaled (DejaVu has none).
    std::vector<PlacedGlyph> outline(std::uint32_t id, int dx = 0, int dy = 0) const;
    // How deep composite glyphs nest: 0 without composites, 1 when all components are simple.
    int compositeDepth() const;

  private:
    std::vector<unsigned char> data_;
    std::vector<std::string> tags_;
    std::map<std::string, Table> tables_;
};

// The TrueType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros.
std::uint32_t trueTypeChecksum(const unsigned char* data, std::size_t size);

}  // namespace hep::test
