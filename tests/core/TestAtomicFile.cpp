#include "TestWorkspace.h"
#include "common/AtomicFile.h"
#include "common/FilePlatform.h"
#include "exportgen/Sheet.h"
#include "storage/WorkspaceCopy.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace guichet;

namespace {

// A disk that refuses every byte past `limit` in any file, as a full disk or a quota does
// (KeePassXC's FailDevice, on the real file system): writes fail with EFBIG.
class FailingDisk
{
public:
    explicit FailingDisk(rlim_t limit)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FailingDisk() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

QByteArray noise(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(13);
    for (char& c : bytes)
        c = char('a' + random.bounded(26));
    return bytes;
}

// The files of the folder, hidden ones included: a failed write leaves nothing behind.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

using Writer = std::function<Status(const QString& target)>;

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

    // A workspace to copy, written before any disk fails.
    testing::TestDir m_dir;
    QString m_workspace = m_dir.path(QStringLiteral("w.guichet"));

    void writers()
    {
        QTest::addColumn<Writer>("writer");
        QTest::addRow("bytes") << Writer(
            [](const QString& target) { return writeFileAtomically(target, noise(1 << 20)); });
        QTest::addRow("streamed xlsx") << Writer([](const QString& target) {
            Sheet sheet{QStringLiteral("Liste"), {QStringLiteral("Texte")}, {}};
            const QByteArray text = noise(1 << 20);
            for (int i = 0; i < 2000; ++i)
                sheet.rows.append({SheetCell::ofText(QString::fromLatin1(text.mid(i * 500, 500)))});
            return sheet::write(sheet, target, sheet::Format::Xlsx);
        });
        QTest::addRow("workspace copy") << Writer([this](const QString& target) {
            auto ws = Workspace::open(m_workspace, Workspace::Access::ReadOnly);
            if (!ws)
                return Status(ws.error());
            return workspace_copy::write(**ws, target, workspace_copy::Existing::Replace);
        });
    }

private slots:
    void initTestCase() { QVERIFY(testing::createDemoWorkspace(m_workspace, 300)); }

    void writesTheWholeFileReadableByItsOwnerOnly_data() { writers(); }
    void writesTheWholeFileReadableByItsOwnerOnly()
    {
        QFETCH(Writer, writer);
        testing::TestDir dir;
        const QString target = dir.path(QStringLiteral("out.bin"));
        testing::writeFile(target, "before");
        const Status status = writer(target);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QVERIFY(testing::readFile(target).size() > 10000);
        QVERIFY(file_platform::isOwnerOnly(target));
        QCOMPARE(filesIn(QFileInfo(target).absolutePath()), QStringList{QStringLiteral("out.bin")});
    }

    // The disk refuses the write half-way: the previous file is intact and no hidden file is
    // left beside it.
    void aFailingDiskLeavesThePreviousFileIntact_data() { writers(); }
    void aFailingDiskLeavesThePreviousFileIntact()
    {
        QFETCH(Writer, writer);
        testing::TestDir dir;
        const QString target = dir.path(QStringLiteral("out.bin"));
        const QByteArray before = noise(1000);
        testing::writeFile(target, before);
        Status status = success();
        {
            const FailingDisk disk(64 * 1024);
            status = writer(target);
        }
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(target), qPrintable(status.error().message));
        QCOMPARE(testing::readFile(target), before);
        QCOMPARE(filesIn(QFileInfo(target).absolutePath()), QStringList{QStringLiteral("out.bin")});
    }

    // A writer that gives up (an exception, an error of its own) never commits: the previous
    // file stays and the hidden one goes.
    void anAbandonedWriteLeavesThePreviousFileIntact()
    {
        testing::TestDir dir;
        const QString target = dir.path(QStringLiteral("out.csv"));
        testing::writeFile(target, "before");
        {
            AtomicFile file(target);
            QVERIFY(file.open().ok());
            QVERIFY(file.device().write(noise(100000)) == 100000);
        }
        QCOMPARE(testing::readFile(target), QByteArray("before"));
        QCOMPARE(filesIn(QFileInfo(target).absolutePath()), QStringList{QStringLiteral("out.csv")});
    }

    void refusingKeepsAFileThatAppearedMeanwhile()
    {
        testing::TestDir dir;
        const QString target = dir.path(QStringLiteral("copy.guichet"));
        AtomicFile file(target);
        QVERIFY(file.open().ok());
        file.device().write("new");
        testing::writeFile(target, "theirs");
        QVERIFY(!file.commit(AtomicFile::Existing::Refuse).ok());
        QCOMPARE(testing::readFile(target), QByteArray("theirs"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
