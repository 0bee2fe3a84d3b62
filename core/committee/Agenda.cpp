#include "Agenda.h"

namespace guichet {

namespace {

// The members linked to each candidate.
QHash<qint64, QStringList> linkedMembers(const QList<AgendaCandidate>& candidates,
                                         const QList<SeatedLinks>& links)
{
    QHash<qint64, QStringList> linked;
    for (const AgendaCandidate& c : candidates) {
        if (c.applicantSiren.isEmpty())
            continue;
        for (const SeatedLinks& l : links) {
            if (l.sirens.contains(c.applicantSiren))
                linked[c.dossier].append(l.member);
        }
    }
    return linked;
}

QList<qint64> groupedOrder(const QList<AgendaCandidate>& candidates,
                           const QHash<qint64, QStringList>& linked)
{
    QList<qint64> order;
    QSet<qint64> placed;
    for (const AgendaCandidate& c : candidates) {
        if (placed.contains(c.dossier))
            continue;
        // Breadth first over « shares a linked member with »: the group stays together.
        QList<qint64> queue{c.dossier};
        placed.insert(c.dossier);
        for (qsizetype i = 0; i < queue.size(); ++i) {
            order.append(queue.at(i));
            const QStringList members = linked.value(queue.at(i));
            for (const QString& member : members) {
                for (const AgendaCandidate& other : candidates) {
                    if (!placed.contains(other.dossier) &&
                        linked.value(other.dossier).contains(member)) {
                        placed.insert(other.dossier);
                        queue.append(other.dossier);
                    }
                }
            }
        }
    }
    return order;
}

} // namespace

QList<AgendaItem> arrangeAgenda(const QList<AgendaCandidate>& candidates,
                                const QList<SeatedLinks>& links, const QList<qint64>& storedOrder)
{
    const QHash<qint64, QStringList> linked = linkedMembers(candidates, links);
    QHash<qint64, int> rankOf;
    for (const AgendaCandidate& c : candidates)
        rankOf.insert(c.dossier, c.rank);
    QList<qint64> order;
    for (qint64 dossier : storedOrder) {
        if (rankOf.contains(dossier) && !order.contains(dossier))
            order.append(dossier);
    }
    for (qint64 dossier : groupedOrder(candidates, linked)) {
        if (!order.contains(dossier))
            order.append(dossier);
    }
    QList<AgendaItem> items;
    for (qsizetype i = 0; i < order.size(); ++i) {
        AgendaItem item;
        item.dossier = order.at(i);
        item.rank = rankOf.value(item.dossier);
        item.position = int(i) + 1;
        item.conflicted = linked.value(item.dossier);
        const QStringList before = i > 0 ? linked.value(order.at(i - 1)) : QStringList();
        const QStringList after =
            i + 1 < order.size() ? linked.value(order.at(i + 1)) : QStringList();
        for (const QString& member : std::as_const(item.conflicted)) {
            if (!before.contains(member))
                item.leaving.append(member);
            if (!after.contains(member))
                item.returning.append(member);
        }
        items.append(item);
    }
    return items;
}

} // namespace guichet
