#pragma once

#include "DossierFilterProxy.h"
#include "programme/Programme.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace guichet {

// The search and filters above the dossier list: search as you type, sub-axis, DS state,
// eligibility verdict, and « Afficher seulement » restrictions that combine with them and with
// each other. The search and filters go straight to the list; the restrictions are announced,
// since some need facts the window gives the list first (what is left to score, the notes).
class DossierFilterBar : public QWidget
{
    Q_OBJECT

public:
    DossierFilterBar(DossierFilterProxy* proxy, QWidget* parent = nullptr);

    // The sub-axes to choose from (a new workspace): the choice goes back to all of them.
    void setSubaxes(const QList<SubAxis>& subaxes);

public slots:
    void focusSearch();
    // Every filter and restriction back to « all ».
    void clear();

signals:
    void restrictionsChosen(guichet::DossierFilterProxy::Restrictions restrictions);

private:
    void announceRestrictions();

    DossierFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_subaxis;
    QComboBox* m_state;
    QComboBox* m_verdict;
    QToolButton* m_restrictions;
};

} // namespace guichet
