// A photo's PNG bytes as a shared value that never changes: copying an exercise (every undo step
// of a program holds a copy) copies a pointer, not the megabytes. Compared by content, its hash
// first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace hep {

class PhotoBytes {
  public:
    PhotoBytes() = default;
    // A photo is its bytes: a string of PNG bytes converts to one, and back.
    PhotoBytes(std::string png);  // NOLINT(google-explicit-constructor)
    PhotoBytes(const char* data, std::size_t size);

    const std::string& bytes() const;
    operator const std::string&() const { return bytes(); }  // NOLINT(google-explicit-constructor)
    const char* data() const { return bytes().data(); }
    std::size_t size() const { return bytes().size(); }
    bool empty() const { return size() == 0; }
    std::uint64_t hash() const { return hash_; }  // FNV-1a of the bytes

    friend bool operator==(const PhotoBytes& a, const PhotoBytes& b) {
        return a.hash_ == b.hash_ && (a.bytes_ == b.bytes_ || a.bytes() == b.bytes());
    }

  private:
    std::shared_ptr<const std::string> bytes_;
    std::uint64_t hash_ = 14695981039346656037ULL;  // FNV-1a of no bytes
};

}  // namespace hep
