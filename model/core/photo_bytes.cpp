#include "core/photo_bytes.h"

namespace hep {

namespace {

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char c : bytes) {
        h = (h ^ c) * 1099511628211ULL;
    }
    return h;
}

const std::string& noBytes() {
    static const std::string empty;
    return empty;
}

}  // namespace

PhotoBytes::PhotoBytes(std::string png)
    : bytes_(std::make_shared<const std::string>(std::move(png))), hash_(fnv1a(*bytes_)) {}

PhotoBytes::PhotoBytes(const char* data, std::size_t size) : PhotoBytes(std::string(data, size)) {}

const std::string& PhotoBytes::bytes() const {
    return bytes_ ? *bytes_ : noBytes();
}

}  // namespace hep
