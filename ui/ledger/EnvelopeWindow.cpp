#include "EnvelopeWindow.h"

#include "CutoffPanel.h"
#include "DashboardPanel.h"
#include "commands/Editing.h"

#include <QAction>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace guichet {

EnvelopeWindow::EnvelopeWindow(Campaign& campaign, Editing* editing, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_cutoff(new CutoffPanel(campaign, editing, this))
{
    setObjectName(QStringLiteral("envelopeWindow"));
    setWindowTitle(tr("Enveloppe — Guichet"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_cutoff, tr("&Scénario de coupure"));
    tabs->addTab(new DashboardPanel(campaign, this), tr("&Tableau de bord"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    // An adoption is undone from here as from the main window: one undo stack for both.
    addActions({editing->createUndoAction(this), editing->createRedoAction(this)});
    resize(1100, 700);
}

} // namespace guichet
