#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {
struct Line
{
    QString where;
    QString what;
    QString keys;
};

// "&Fichier" -> "Fichier", "Ouvrir…" kept as it reads in the menu.
QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

void collect(const QMenu* menu, const QString& where, QList<Line>& lines)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), where + QStringLiteral(" > ") + plain(action->text()), lines);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            lines.append({where, plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Raccourcis clavier"));
    QList<Line> lines;
    for (const QAction* top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), plain(top->text()), lines);
    }
    const QString scoring = tr("Onglet Notation");
    const QString grid = tr("Grille de sélection");
    const QString detail = tr("Onglet Dossier");
    lines += {{scoring, tr("Donner un niveau au critère sélectionné"), tr("0 à 9")},
              {scoring, tr("Critère précédent, suivant"), tr("Haut, Bas")},
              {scoring, tr("Commentaire du critère"), tr("Tab")},
              {scoring, tr("Effacer le niveau"), tr("Suppr")},
              {detail, tr("Enregistrer la note de l'instructeur"), tr("Ctrl+Entrée")},
              {grid, tr("Plein écran"), tr("F11")},
              {grid, tr("Quitter le plein écran, puis fermer"), tr("Échap")}};
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Où"), tr("Action"), tr("Touches")});
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line& line = lines.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(line.where));
        m_table->setItem(row, 1, new QTableWidgetItem(line.what));
        m_table->setItem(row, 2, new QTableWidgetItem(line.keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Fermer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace guichet
