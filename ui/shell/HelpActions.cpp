#include "HelpActions.h"

#include "HelpWindow.h"
#include "ShortcutsDialog.h"
#include "storage/Migrations.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace guichet {

HelpActions::HelpActions(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{}

void HelpActions::addTo(QMenu* menu)
{
    QAction* guide = menu->addAction(tr("&Guide d'utilisation"), this, &HelpActions::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    menu->addAction(tr("&Raccourcis clavier"), this, &HelpActions::showShortcuts);
    menu->addAction(tr("À &propos de Guichet"), this, &HelpActions::showAbout);
}

void HelpActions::showGuide()
{
    if (!m_help)
        m_help = new HelpWindow(m_window);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void HelpActions::showShortcuts()
{
    ShortcutsDialog(m_window->menuBar(), m_window).exec();
}

void HelpActions::showAbout()
{
    QMessageBox::about(m_window, tr("À propos de Guichet"),
                       tr("<b>Guichet</b> %1<br>Instruction des dossiers de subvention des "
                          "collectivités.<br>Classeurs écrits au schéma %2.<br><br>Logiciel "
                          "libre sous licence GNU GPL, version 3 ou ultérieure.<br>"
                          "Référentiel des collectivités : Etalab, découpage administratif "
                          "(licence MIT).")
                           .arg(QApplication::applicationVersion())
                           .arg(migrations::latestVersion()));
}

} // namespace guichet
