#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace guichet {

// When instruction data was edited: stored and exchanged as UTC ISO 8601 with milliseconds,
// so that the newer of two edits wins a package merge.
namespace edit_time {
inline QString toText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}
} // namespace edit_time

// One instructor's level on one criterion of one dossier, with its comment.
struct Score
{
    qint64 dossier = 0;
    QString instructor;
    QString criterion;
    std::optional<int> level; // none: only a comment so far
    QString comment;
    QDateTime updatedAt; // UTC; the newer edit wins when packages are merged

    bool sameContent(const Score& other) const
    {
        return level == other.level && comment == other.comment;
    }
};

// One instructor's overall opinion on a dossier.
struct Opinion
{
    enum class Stance
    {
        None,
        Favourable,
        Reserved,
        Unfavourable
    };
    qint64 dossier = 0;
    QString instructor;
    Stance stance = Stance::None;
    QString text;
    QDateTime updatedAt;

    static QString apiName(Stance stance); // "", "favourable", "reserved", "unfavourable"
    static std::optional<Stance> fromApiName(const QString& name);
    static QString label(Stance stance); // translated
};

// A declared link between a person and an applicant (an elected member of that council, a
// relative…): the person's scores on that applicant's dossiers are refused (déport), and the
// declaration is kept for the committee.
struct ConflictDeclaration
{
    QString person;
    QString applicantSiren;
    QString applicantName;
    QString link;
    QDateTime declaredAt;
};

} // namespace guichet
