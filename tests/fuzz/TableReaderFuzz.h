#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace guichet::fuzz {

// Reads a whole export (headers, every row, the applicants' sheet) as an import does: every
// read loop must end, on an error or at the end of the data.
void readTable(const uint8_t* data, size_t size, const QString& extension);

} // namespace guichet::fuzz
