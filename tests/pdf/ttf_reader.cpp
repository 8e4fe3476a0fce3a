#include "tests/pdf/ttf_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace hep::test {

Ttf::Ttf(std::vector<unsigned char> data) : data_(std::move(data)) {
    for (std::uint32_t i = 0; i < u16(4); ++i) {
        const std::size_t record = 12 + 16 * i;
        tags_.emplace_back(reinterpret_cast<const char*>(&data_.at(record)), 4);
        tables_[tags_.back()] = {u32(record + 8), u32(record + 12), u32(record + 4)};
    }
}

std::vector<unsigned char> Ttf::glyph(std::uint32_t id) const {
    const bool longLoca = u16(table("head").offset + 50) != 0;
    const std::size_t loca = table("loca").offset;
    const auto at = [&](std::size_t i) -> std::size_t {
        return longLoca ? u32(loca + 4 * i) : 2 * std::size_t{u16(loca + 2 * i)};
    };
    const auto begin = data_.begin() + table("glyf").offset;
    return {begin + static_cast<std::ptrdiff_t>(at(id)),
            begin + static_cast<std::ptrdiff_t>(at(id + 1))};
}

std::vector<std::size_t> Ttf::components(const std::vector<unsigned char>& glyph) {
    std::vector<std::size_t> positions;
    if (glyph.empty() || (glyph[0] & 0x80) == 0) {
        return positions;
    }
    for (std::size_t pos = 10;;) {
        const std::uint32_t flags = (glyph.at(pos) << 8) | glyph.at(pos + 1);
        positions.push_back(pos + 2);
        pos += 4 + ((flags & 1) != 0 ? 4 : 2);
        pos += (flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
        if ((flags & 0x20) == 0) {
            return positions;
        }
    }
}

std::vector<Ttf::PlacedGlyph> Ttf::outline(std::uint32_t id, int dx, int dy) const {
    std::vector<unsigned char> bytes = glyph(id);
    const std::vector<std::size_t> parts = components(bytes);
    if (parts.empty()) {
        while (!bytes.empty() && bytes.back() == 0) {  // padding
            bytes.pop_back();
        }
        return {{bytes, dx, dy}};
    }
    std::vector<PlacedGlyph> result;
    for (const std::size_t pos : parts) {
        const std::uint32_t flags = (bytes[pos - 2] << 8) | bytes[pos - 1];
        EXPECT_NE(flags & 0x0002, 0u) << "glyph " << id << " matches points";
        EXPECT_EQ(flags & 0x00C8, 0u) << "glyph " << id << " scales a component";
        const auto arg = [&](std::size_t at, bool word) -> int {
            return word ? static_cast<std::int16_t>((bytes.at(at) << 8) | bytes.at(at + 1))
                        : static_cast<std::int8_t>(bytes.at(at));
        };
        const bool words = (flags & 1) != 0;
        const int x = arg(pos + 2, words);
        const int y = arg(pos + (words ? 4 : 3), words);
        const std::uint32_t component = (bytes[pos] << 8) | bytes[pos + 1];
        for (PlacedGlyph& part : outline(component, dx + x, dy + y)) {
            result.push_back(std::move(part));
        }
    }
    return result;
}

int Ttf::compositeDepth() const {
    std::vector<int> depths(glyphCount(), -1);  // -1: not known yet
    const std::function<int(std::uint32_t)> depth = [&](std::uint32_t id) {
        if (depths.at(id) < 0) {
            const std::vector<unsigned char> bytes = glyph(id);
            int deepest = 0;
            for (const std::size_t pos : components(bytes)) {
                deepest = std::max(deepest, 1 + depth((bytes[pos] << 8) | bytes[pos + 1]));
            }
            depths[id] = deepest;
        }
        return depths[id];
    };
    int deepest = 0;
    for (std::uint32_t id = 0; id < glyphCount(); ++id) {
        deepest = std::max(deepest, depth(id));
    }
    return deepest;
}

std::uint32_t trueTypeChecksum(const unsigned char* data, std::size_t size) {
    std::uint32_t sum = 0;
    for (std::size_t pos = 0; pos < size; pos += 4) {
        std::uint32_t word = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            word = (word << 8) | (pos + k < size ? data[pos + k] : 0u);
        }
        sum += word;
    }
    return sum;
}

}  // namespace hep::test
