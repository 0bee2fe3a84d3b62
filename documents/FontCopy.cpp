#include "FontCopy.h"

#include <QRawFont>
#include <QtEndian>

#include <hb-ot.h>
#include <hb-subset.h>
#include <memory>
#include <utility>

namespace guichet::font_copy {

namespace {

struct Release
{
    void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
    void operator()(hb_face_t* face) const { hb_face_destroy(face); }
    void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};
template <typename T> using Owned = std::unique_ptr<T, Release>;

// The tables a document face is drawn and shaped from (TrueType or CFF outlines). Hinting
// tables are left out: the copy drops them anyway.
constexpr const char* kTables[] = {"cmap", "head", "hhea", "hmtx", "maxp", "name",
                                   "OS/2", "post", "glyf", "loca", "CFF ", "GDEF",
                                   "GPOS", "GSUB", "kern", "vhea", "vmtx", "VORG"};

// What French administrative documents are written in: Latin letters with every diacritic,
// also decomposed (U+0300…U+036F, as some imported names are), the spaces, dashes and quotes of
// French typography (U+202F the narrow no-break space), €, №, the arrows and comparison signs of
// eligibility reasons, the fi and fl ligatures. A short list keeps the character map small,
// which is what Qt's ToUnicode map costs.
constexpr std::pair<char32_t, char32_t> kCharacters[] = {
    {0x0020, 0x036F}, {0x2000, 0x206F}, {0x20AC, 0x20AC}, {0x2116, 0x2116},
    {0x2122, 0x2122}, {0x2190, 0x2193}, {0x21D2, 0x21D4}, {0x2212, 0x2212},
    {0x2260, 0x2260}, {0x2264, 0x2265}, {0xFB00, 0xFB06}};

hb_tag_t tagOf(const char* name)
{
    return hb_tag_from_string(name, 4);
}

Owned<hb_blob_t> blobOf(const QByteArray& bytes)
{
    return Owned<hb_blob_t>(hb_blob_create(bytes.constData(), uint(bytes.size()),
                                           HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr));
}

QByteArray bytesOf(hb_blob_t* blob)
{
    unsigned int length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    return QByteArray(data, qsizetype(length));
}

// QRawFont gives a face's tables, not its file: HarfBuzz's builder puts them together again.
Owned<hb_face_t> faceOf(const QRawFont& face)
{
    Owned<hb_face_t> builder(hb_face_builder_create());
    for (const char* tag : kTables) {
        const QByteArray table = face.fontTable(tag);
        if (!table.isEmpty())
            hb_face_builder_add_table(builder.get(), tagOf(tag), blobOf(table).get());
    }
    Owned<hb_blob_t> file(hb_face_reference_blob(builder.get()));
    return Owned<hb_face_t>(hb_face_create(file.get(), 0));
}

bool hasTable(hb_face_t* face, const char* tag)
{
    const Owned<hb_blob_t> table(hb_face_reference_table(face, tagOf(tag)));
    return hb_blob_get_length(table.get()) > 0;
}

QString postscriptName(hb_face_t* face)
{
    char name[128] = {};
    unsigned int length = sizeof name;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, name);
    return QString::fromUtf8(name);
}

QByteArray bigEndian16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// A « name » table of format 0 with the given names, for Windows, Unicode BMP, US English, in
// the order of their ids as the format wants. Written here because HarfBuzz 6 reads names but
// has no way to set them, and the copy needs a family of its own: under the original's family
// it would take the original's place in the font database for the whole application.
QByteArray nameTable(const QList<std::pair<quint16, QString>>& names)
{
    constexpr quint16 kWindows = 3, kUnicodeBmp = 1, kEnglishUs = 0x0409;
    QByteArray records;
    QByteArray strings;
    for (const auto& [id, text] : names) {
        QByteArray utf16;
        for (const QChar c : text)
            utf16 += bigEndian16(c.unicode());
        records += bigEndian16(kWindows) + bigEndian16(kUnicodeBmp) + bigEndian16(kEnglishUs) +
                   bigEndian16(id) + bigEndian16(quint16(utf16.size())) +
                   bigEndian16(quint16(strings.size()));
        strings += utf16;
    }
    const auto count = quint16(names.size());
    return bigEndian16(0) + bigEndian16(count) + bigEndian16(quint16(6 + 12 * count)) + records +
           strings;
}

} // namespace

QByteArray unhinted(const QRawFont& face, const QString& family, const QString& style)
{
    if (!face.isValid())
        return {};
    const Owned<hb_face_t> source = faceOf(face);
    // Outlines elsewhere (CFF2, colour bitmaps) are not in kTables: the copy would draw nothing.
    if (!hasTable(source.get(), "glyf") && !hasTable(source.get(), "CFF "))
        return {};
    Owned<hb_subset_input_t> input(hb_subset_input_create_or_fail());
    if (!input)
        return {};
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (const auto& [first, last] : kCharacters)
        hb_set_add_range(unicodes, first, last);
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    const Owned<hb_face_t> subset(hb_subset_or_fail(source.get(), input.get()));
    if (!subset)
        return {};

    // The subset's tables, its « name » replaced.
    const Owned<hb_blob_t> subsetFile(hb_face_reference_blob(subset.get()));
    const Owned<hb_face_t> subsetFace(hb_face_create(subsetFile.get(), 0));
    hb_tag_t tags[64];
    unsigned int count = std::size(tags);
    hb_face_get_table_tags(subsetFace.get(), 0, &count, tags);
    Owned<hb_face_t> copy(hb_face_builder_create());
    const hb_tag_t name = tagOf("name");
    for (unsigned int i = 0; i < count; ++i) {
        if (tags[i] == name)
            continue;
        const Owned<hb_blob_t> table(hb_face_reference_table(subsetFace.get(), tags[i]));
        hb_face_builder_add_table(copy.get(), tags[i], table.get());
    }
    QString postscript = postscriptName(source.get());
    if (postscript.isEmpty())
        postscript = QString(family + u'-' + style).remove(u' ');
    // The PostScript name stays the original's: it is the name a PDF reader shows for the
    // embedded font (« ABCDEF+Marianne-Regular »).
    const QByteArray names =
        nameTable({{1, family}, {2, style}, {4, family + u' ' + style}, {6, postscript}});
    hb_face_builder_add_table(copy.get(), name, blobOf(names).get());
    const Owned<hb_blob_t> file(hb_face_reference_blob(copy.get()));
    return bytesOf(file.get());
}

} // namespace guichet::font_copy
