#include "TableReaderFuzz.h"

#include "FuzzInput.h"
#include "importer/TableReader.h"

namespace guichet::fuzz {

void readTable(const uint8_t* data, size_t size, const QString& extension)
{
    ensureApplication();
    auto reader = TableReader::forFile(inputFile(data, size, extension));
    if (!reader || !reader.value()->open())
        return;
    (void)reader.value()->headers();
    ImportRow row;
    while (reader.value()->next(row)) {
    }
    (void)reader.value()->error();
    (void)reader.value()->applicantEstablishments();
}

} // namespace guichet::fuzz
