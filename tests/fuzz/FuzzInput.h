#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: each reads one input the way the application reads a file a user
// drops on the window. Built two ways (tests/fuzz/CMakeLists.txt): with libFuzzer under clang
// (tools/dev.sh fuzz), and with CorpusDriver.cpp as a regression test over the saved corpus.
namespace guichet::fuzz {

// A Qt application for the readers (SQL drivers, translations), made once.
void ensureApplication();

// Writes the input to a file of a private folder, named with `extension` (readers choose by
// extension and content), and returns its path.
QString inputFile(const uint8_t* data, size_t size, const QString& extension);

} // namespace guichet::fuzz
