// The ODS reader through the zip layer: content.xml, repeated cells and rows.
#include "TableReaderFuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    guichet::fuzz::readTable(data, size, QStringLiteral("ods"));
    return 0;
}
