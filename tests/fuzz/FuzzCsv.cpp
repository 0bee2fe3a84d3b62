// The CSV reader: encodings, separators, quotes across lines, a header missing.
#include "TableReaderFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    guichet::fuzz::readTable(data, size, QStringLiteral("csv"));
    return 0;
}
