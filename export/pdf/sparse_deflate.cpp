#include "sparse_deflate.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace hep {

namespace {

constexpr std::uint32_t kAdlerBase = 65521;
constexpr std::size_t kMaxMatch = 258;
constexpr std::size_t kMinMatch = 3;

// The deflate length codes 257..285: the smallest length of each and its extra bits.
constexpr std::uint16_t kLengthBase[] = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                         15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                         67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::uint8_t kLengthExtra[] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                         2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};

// Bits in deflate's order: each value's bits from the lowest; Huffman codes are reversed first.
class BitWriter {
  public:
    explicit BitWriter(std::vector<unsigned char>& out) : out_(out) {}

    void bits(std::uint32_t value, int count) {
        buffer_ |= std::uint64_t{value} << used_;
        used_ += count;
        while (used_ >= 8) {
            out_.push_back(static_cast<unsigned char>(buffer_));
            buffer_ >>= 8;
            used_ -= 8;
        }
    }

    // A Huffman code of `count` bits, most significant bit first.
    void code(std::uint32_t value, int count) {
        std::uint32_t reversed = 0;
        for (int i = 0; i < count; ++i) {
            reversed = (reversed << 1) | ((value >> i) & 1);
        }
        bits(reversed, count);
    }

    void flush() {
        if (used_ > 0) {
            out_.push_back(static_cast<unsigned char>(buffer_));
        }
        buffer_ = 0;
        used_ = 0;
    }

  private:
    std::vector<unsigned char>& out_;
    std::uint64_t buffer_ = 0;
    int used_ = 0;
};

// A literal byte or the end-of-block code (256) in the fixed Huffman code.
void literal(BitWriter& w, std::uint32_t symbol) {
    if (symbol < 144) {
        w.code(0x30 + symbol, 8);
    } else if (symbol < 256) {
        w.code(0x190 + symbol - 144, 9);
    } else if (symbol < 280) {
        w.code(symbol - 256, 7);
    } else {
        w.code(0xC0 + symbol - 280, 8);
    }
}

// A copy of `length` (3..258) bytes from one byte back.
void copyPrevious(BitWriter& w, std::size_t length) {
    const std::size_t index =
        static_cast<std::size_t>(
            std::upper_bound(std::begin(kLengthBase), std::end(kLengthBase), length) -
            std::begin(kLengthBase)) -
        1;
    literal(w, static_cast<std::uint32_t>(257 + index));
    w.bits(static_cast<std::uint32_t>(length - kLengthBase[index]), kLengthExtra[index]);
    w.code(0, 5);  // distance code 0: one byte back
}

// Where the run of zeros starting at pos ends.
std::size_t zerosEnd(std::string_view data, std::size_t pos) {
    while (pos + 8 <= data.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, data.data() + pos, 8);
        if (word != 0) {
            break;
        }
        pos += 8;
    }
    while (pos < data.size() && data[pos] == 0) {
        ++pos;
    }
    return pos;
}

}  // namespace

bool isSparse(std::string_view data) {
    if (data.size() < kSparseMinSize) {
        return false;
    }
    const std::size_t allowed = data.size() / kSparseRatio;
    std::size_t nonZero = 0;
    for (std::size_t pos = zerosEnd(data, 0); pos < data.size(); pos = zerosEnd(data, pos + 1)) {
        if (++nonZero > allowed) {
            return false;
        }
    }
    return true;
}

void appendSparseDeflate(std::string_view data, std::vector<unsigned char>& out) {
    out.push_back(0x78);  // deflate with a 32 KB window
    out.push_back(0x01);  // the fastest level; 0x7801 is a multiple of 31
    BitWriter w(out);
    w.bits(1, 1);  // the final block
    w.bits(1, 2);  // fixed Huffman codes
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (std::size_t pos = 0; pos < data.size();) {
        const auto byte = static_cast<unsigned char>(data[pos]);
        if (byte != 0) {
            literal(w, byte);
            a = (a + byte) % kAdlerBase;
            b = (b + a) % kAdlerBase;
            ++pos;
            continue;
        }
        const std::size_t end = zerosEnd(data, pos);
        b = static_cast<std::uint32_t>((b + std::uint64_t{a} * ((end - pos) % kAdlerBase)) %
                                       kAdlerBase);  // zeros leave a alone and add it to b
        literal(w, 0);
        std::size_t left = end - pos - 1;
        while (left >= kMinMatch) {
            std::size_t length = std::min(left, kMaxMatch);
            if (left - length > 0 && left - length < kMinMatch && length > kMinMatch + 2) {
                length -= kMinMatch;  // leave a whole copy for the rest
            }
            copyPrevious(w, length);
            left -= length;
        }
        for (; left > 0; --left) {
            literal(w, 0);
        }
        pos = end;
    }
    literal(w, 256);
    w.flush();
    for (const int shift : {24, 16, 8, 0}) {
        out.push_back(static_cast<unsigned char>(((b << 16) | a) >> shift));
    }
}

}  // namespace hep
