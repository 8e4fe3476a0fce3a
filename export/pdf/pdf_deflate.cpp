#include "pdf_deflate.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "deflated_font_cache.h"
#include "layout/export_error.h"
#include "sparse_deflate.h"
#include "to_unicode_cmap.h"

namespace hep {

namespace {

constexpr std::string_view kStream = "\nstream\r\n";  // libharu's framing of stream data
constexpr std::string_view kEndStream = "\nendstream";
constexpr std::string_view kFlate = "/Filter [ /FlateDecode ]\n";
constexpr std::size_t kXrefEntry = 20;  // "0000000015 00000 n\r\n"

[[noreturn]] void unexpected(const std::string& what) {
    throw ExportError("libharu wrote a PDF this program cannot compress (" + what + ").");
}

struct Object {
    std::size_t number = 0;
    std::size_t begin = 0;  // "N 0 obj" ...
    std::size_t end = 0;    // ... up to the next object or the cross-reference table
    // A stream without a filter: its dictionary ends at dictEnd (before the final ">>"), its data
    // is [dataBegin, dataEnd), and its length is object lengthObject or the number at lengthAt.
    bool deflate = false;
    bool fontProgram = false;  // an embedded TrueType font (its dictionary has /Length1)
    std::size_t dictEnd = 0;
    std::size_t dataBegin = 0;
    std::size_t dataEnd = 0;
    std::string_view data;  // what is deflated: the data, or a mended ToUnicode CMap
    std::size_t lengthObject = 0;
    std::size_t lengthAt = 0;
    std::size_t lengthSize = 0;
    std::size_t compressedBegin = 0;  // its deflated data, in Deflater's buffer
    std::size_t compressedSize = 0;
};

class PdfText {
  public:
    explicit PdfText(std::span<const unsigned char> pdf)
        : text_(reinterpret_cast<const char*>(pdf.data()), pdf.size()) {}

    std::string_view all() const { return text_; }
    std::string_view range(std::size_t begin, std::size_t end) const {
        return text_.substr(begin, end - begin);
    }

    // The unsigned number at pos, and where it ends.
    std::pair<std::size_t, std::size_t> number(std::size_t pos, const char* what) const {
        std::size_t value = 0;
        const char* first = text_.data() + std::min(pos, text_.size());
        const auto [last, error] = std::from_chars(first, text_.data() + text_.size(), value);
        if (error != std::errc() || last == first) {
            unexpected(std::string("no number for ") + what);
        }
        return {value, static_cast<std::size_t>(last - text_.data())};
    }

    void expect(std::size_t pos, std::string_view what) const {
        if (text_.compare(std::min(pos, text_.size()), what.size(), what) != 0) {
            unexpected("no \"" + std::string(what) + "\" where expected");
        }
    }

  private:
    std::string_view text_;
};

// The objects of the cross-reference table, in file order, and where the table starts.
std::vector<Object> objectsOf(const PdfText& pdf, std::size_t& xref, std::size_t& count) {
    const std::size_t start = pdf.all().rfind("startxref\n");
    if (start == std::string_view::npos) {
        unexpected("no startxref");
    }
    xref = pdf.number(start + 10, "startxref").first;
    pdf.expect(xref, "xref\n0 ");
    std::size_t pos = 0;
    std::tie(count, pos) = pdf.number(xref + 7, "the object count");
    pdf.expect(pos, "\n");
    const std::size_t entries = pos + 1;
    if (count == 0 || entries + count * kXrefEntry > pdf.all().size()) {
        unexpected("the cross-reference table is cut short");
    }
    std::vector<Object> objects;
    for (std::size_t i = 1; i < count; ++i) {
        const std::size_t entry = entries + i * kXrefEntry;
        pdf.expect(entry + 10, " 00000 n\r\n");
        Object& object = objects.emplace_back();
        object.number = i;
        object.begin = pdf.number(entry, "an offset").first;
    }
    std::sort(objects.begin(), objects.end(),
              [](const Object& a, const Object& b) { return a.begin < b.begin; });
    for (std::size_t i = 0; i < objects.size(); ++i) {
        objects[i].end = i + 1 < objects.size() ? objects[i + 1].begin : xref;
        if (objects[i].end <= objects[i].begin) {
            unexpected("objects overlap");
        }
        pdf.expect(objects[i].begin, std::to_string(objects[i].number) + " 0 obj\n");
    }
    return objects;
}

// The value of an object that is a number ("N 0 obj\n770\nendobj"), and where it lies.
std::pair<std::size_t, std::size_t> numberObject(const PdfText& pdf, const Object& object) {
    const std::size_t at = object.begin + std::to_string(object.number).size() + 7;
    const auto [value, end] = pdf.number(at, "a stream length");
    pdf.expect(end, "\nendobj");
    return {value, at};
}

// Finds the streams to deflate and their lengths.
void findStreams(const PdfText& pdf, std::vector<Object>& objects) {
    std::map<std::size_t, const Object*> byNumber;
    for (const Object& object : objects) {
        byNumber[object.number] = &object;
    }
    for (Object& object : objects) {
        const std::string_view body = pdf.range(object.begin, object.end);
        const std::size_t stream = body.find(kStream);
        if (stream == std::string_view::npos) {
            continue;
        }
        const std::string_view dict = body.substr(0, stream);
        if (dict.size() < 2 || dict.substr(dict.size() - 2) != ">>") {
            unexpected("a stream dictionary does not end before its data");
        }
        if (dict.find("/Filter") != std::string_view::npos) {
            continue;  // a JPEG image, kept as it is
        }
        const std::size_t key = dict.find("/Length ");
        if (key == std::string_view::npos) {
            unexpected("a stream has no /Length");
        }
        auto [length, after] = pdf.number(object.begin + key + 8, "/Length");
        if (pdf.all().compare(after, 4, " 0 R") == 0) {
            object.lengthObject = length;
            const auto found = byNumber.find(length);
            if (found == byNumber.end()) {
                unexpected("a stream's /Length refers to a missing object");
            }
            length = numberObject(pdf, *found->second).first;
        } else {
            object.lengthAt = object.begin + key + 8;
            object.lengthSize = after - object.lengthAt;
        }
        object.deflate = true;
        object.fontProgram = dict.find("/Length1 ") != std::string_view::npos;
        object.dictEnd = object.begin + stream - 2;
        object.dataBegin = object.begin + stream + kStream.size();
        object.dataEnd = object.dataBegin + length;
        if (object.dataEnd > object.end) {
            unexpected("a stream reaches past its object");
        }
        pdf.expect(object.dataEnd, kEndStream);
        object.data = pdf.range(object.dataBegin, object.dataEnd);
    }
}

// Puts the mended CMap in place of libharu's ToUnicode CMaps of UTF-8 fonts
// (to_unicode_cmap.h), found through the fonts' /ToUnicode.
void mendToUnicodeCmaps(const PdfText& pdf, std::vector<Object>& objects) {
    constexpr std::string_view kKey = "/ToUnicode ";
    for (std::size_t at = pdf.all().find(kKey); at != std::string_view::npos;
         at = pdf.all().find(kKey, at + 1)) {
        const std::size_t number = pdf.number(at + kKey.size(), "/ToUnicode").first;
        for (Object& object : objects) {
            if (object.number == number && object.deflate && isLibharuUtf8ToUnicode(object.data)) {
                object.data = identityToUnicodeCmap();
            }
        }
    }
}

// One zlib deflater for all the streams of a PDF, writing into one buffer of the size given.
// An 8 KB window and memory level 6: zlib's state is about 64 KB instead of 256 (every page of
// it is a fault to the process), for 0.8% more bytes on the 10-exercise handout.
class Deflater {
  public:
    explicit Deflater(std::size_t capacity)
        : buffer_(std::make_unique_for_overwrite<unsigned char[]>(capacity)), capacity_(capacity) {
        if (deflateInit2(&stream_, kPdfDeflateLevel, Z_DEFLATED, 13, 6, Z_DEFAULT_STRATEGY) !=
            Z_OK) {
            throw ExportError("Out of memory while compressing the PDF.");
        }
    }
    ~Deflater() { deflateEnd(&stream_); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // zlib's bound on the deflated size of data of the size given.
    static std::size_t bound(std::size_t size) { return compressBound(static_cast<uLong>(size)); }

    // Deflates the data into the buffer and gives where it starts and its size. Data that is
    // almost all zeros (libharu's CIDToGIDMap) is written without zlib (sparse_deflate.h).
    std::pair<std::size_t, std::size_t> add(std::string_view data) {
        const std::size_t begin = used_;
        if (isSparse(data)) {
            sparse_.clear();
            appendSparseDeflate(data, sparse_);
            if (capacity_ - used_ < sparse_.size()) {
                unexpected("a sparse stream did not compress");
            }
            std::memcpy(buffer_.get() + used_, sparse_.data(), sparse_.size());
            used_ += sparse_.size();
            return {begin, sparse_.size()};
        }
        if (capacity_ - used_ < bound(data.size()) || deflateReset(&stream_) != Z_OK) {
            unexpected("zlib could not start a stream");
        }
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        stream_.avail_in = static_cast<uInt>(data.size());
        stream_.next_out = buffer_.get() + used_;
        stream_.avail_out = static_cast<uInt>(capacity_ - used_);
        if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) {
            unexpected("zlib could not compress a stream");
        }
        used_ += stream_.total_out;
        return {begin, stream_.total_out};
    }

    // Copies data deflated before into the buffer and gives where it starts and its size.
    std::pair<std::size_t, std::size_t> addDeflated(std::string_view deflated) {
        if (capacity_ - used_ < deflated.size()) {
            unexpected("a font program grew when deflated");
        }
        const std::size_t begin = used_;
        std::memcpy(buffer_.get() + used_, deflated.data(), deflated.size());
        used_ += deflated.size();
        return {begin, deflated.size()};
    }

    std::string_view data(std::size_t begin, std::size_t size) const {
        return {reinterpret_cast<const char*>(buffer_.get()) + begin, size};
    }

  private:
    z_stream stream_{};
    std::unique_ptr<unsigned char[]> buffer_;
    std::size_t capacity_ = 0;
    std::size_t used_ = 0;
    std::vector<unsigned char> sparse_;
};

void append(std::vector<unsigned char>& out, std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    out.insert(out.end(), bytes, bytes + text.size());
}

}  // namespace

std::vector<unsigned char> deflatePdfStreams(std::span<const unsigned char> pdf) {
    const PdfText text(pdf);
    std::size_t xref = 0;
    std::size_t count = 0;
    std::vector<Object> objects = objectsOf(text, xref, count);
    if (text.all().find("/Encrypt", xref) != std::string_view::npos) {
        unexpected("it is encrypted");
    }
    findStreams(text, objects);
    mendToUnicodeCmaps(text, objects);

    std::size_t capacity = 0;
    std::size_t rawTotal = 0;
    for (const Object& object : objects) {
        if (object.deflate) {
            capacity += Deflater::bound(object.data.size());
            rawTotal += object.dataEnd - object.dataBegin;
        }
    }
    Deflater deflater(capacity);
    std::map<std::size_t, std::size_t> newLengths;  // length object -> deflated size
    std::size_t deflatedTotal = 0;
    for (Object& object : objects) {
        if (object.deflate) {
            std::optional<std::string> kept;
            if (object.fontProgram && (kept = findDeflatedFont(object.data))) {
                std::tie(object.compressedBegin, object.compressedSize) =
                    deflater.addDeflated(*kept);
            } else {
                std::tie(object.compressedBegin, object.compressedSize) = deflater.add(object.data);
                if (object.fontProgram) {
                    keepDeflatedFont(object.data,
                                     deflater.data(object.compressedBegin, object.compressedSize));
                }
            }
            deflatedTotal += object.compressedSize;
            if (object.lengthObject != 0) {
                newLengths[object.lengthObject] = object.compressedSize;
            }
        }
    }

    std::vector<unsigned char> out;
    // The rest as it is, plus the filters and a few more digits per length.
    out.reserve(pdf.size() - rawTotal + deflatedTotal + objects.size() * (kFlate.size() + 8));
    append(out, text.range(0, objects.empty() ? xref : objects.front().begin));
    std::vector<std::size_t> offsets(count, 0);
    for (const Object& object : objects) {
        offsets[object.number] = out.size();
        const auto length = newLengths.find(object.number);
        if (object.deflate) {
            if (object.lengthObject != 0) {
                append(out, text.range(object.begin, object.dictEnd));
            } else {
                append(out, text.range(object.begin, object.lengthAt));
                append(out, std::to_string(object.compressedSize));
                append(out, text.range(object.lengthAt + object.lengthSize, object.dictEnd));
            }
            append(out, kFlate);
            append(out, ">>");
            append(out, kStream);
            append(out, deflater.data(object.compressedBegin, object.compressedSize));
            append(out, text.range(object.dataEnd, object.end));
        } else if (length != newLengths.end()) {
            const std::size_t at = numberObject(text, object).second;
            const std::size_t end = text.number(at, "a stream length").second;
            append(out, text.range(object.begin, at));
            append(out, std::to_string(length->second));
            append(out, text.range(end, object.end));
        } else {
            append(out, text.range(object.begin, object.end));
        }
    }

    const std::size_t newXref = out.size();
    const std::size_t entries = text.all().find('\n', xref + 5) + 1;
    append(out, text.range(xref, entries + kXrefEntry));  // "xref", the count, the free entry
    char entry[kXrefEntry + 1];
    for (std::size_t i = 1; i < count; ++i) {
        std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", offsets[i]);
        append(out, std::string_view(entry, kXrefEntry));
    }
    const std::size_t trailer = entries + count * kXrefEntry;
    const std::size_t start = text.all().rfind("startxref\n");
    append(out, text.range(trailer, start + 10));
    append(out, std::to_string(newXref));
    append(out, text.range(text.number(start + 10, "startxref").second, text.all().size()));
    return out;
}

}  // namespace hep
