// The XLSX reader through the zip layer: entries, deflate streams, shared strings, sheets.
#include "TableReaderFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    guichet::fuzz::readTable(data, size, QStringLiteral("xlsx"));
    return 0;
}
