// Runs a fuzz target over saved inputs, without libFuzzer: every file of the folders (or the
// files) given, once each. Part of the normal test run, so that every input that once crashed
// or hung a reader stays a regression test.
#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList files;
        const QString argument = QString::fromLocal8Bit(argv[i]);
        QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        if (files.isEmpty())
            files.append(argument);
        files.sort();
        for (const QString& name : std::as_const(files)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            std::fprintf(stderr, "%s\n", qPrintable(name));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   size_t(bytes.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs read\n", inputs);
    return inputs > 0 ? 0 : 1;
}
