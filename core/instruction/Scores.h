#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

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

// What a declaration withdrew: the person's scores and opinions on that applicant's dossiers,
// as they were, so that undoing the declaration can restore them.
struct ConflictWithdrawal
{
    ConflictDeclaration declaration;
    QList<qint64> dossiers; // the applicant's dossiers; empty when not known (any dossier)
    QList<Score> scores;
    QList<Opinion> opinions;
};

} // namespace guichet
