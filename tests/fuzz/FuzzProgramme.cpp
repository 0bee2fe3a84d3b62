// The programme reader: any JSON a user may give to `guichet new --programme`.
#include "FuzzInput.h"
#include "programme/ProgrammeReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    guichet::fuzz::ensureApplication();
    const auto outcome = guichet::ProgrammeReader::read(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!outcome.programme)
        (void)guichet::ProgrammeReader::describe(outcome.issues);
    return 0;
}
