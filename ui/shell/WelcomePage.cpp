#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_import(new QPushButton(tr("&Importer un export démarches-simplifiées…"), this))
    , m_recent(new QListWidget(this))
    , m_recentLabel(new QLabel(tr("Classeurs récents :"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    column->addWidget(m_heading);
    m_explanation->setWordWrap(true);
    column->addWidget(m_explanation);
    column->addSpacing(8);
    m_import->setObjectName(QStringLiteral("welcomeImportButton"));
    auto* open = new QPushButton(tr("&Ouvrir un classeur…"), this);
    auto* create = new QPushButton(tr("&Nouveau classeur…"), this);
    auto* demo = new QPushButton(tr("Essayer la &démonstration (Ain, 40 dossiers)"), this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    for (QPushButton* button : {m_import, open, create, demo}) {
        button->setMinimumHeight(button->sizeHint().height() + 8);
        column->addWidget(button);
    }
    column->addSpacing(12);
    column->addWidget(m_recentLabel);
    m_recent->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recent->setMaximumHeight(160);
    column->addWidget(m_recent);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::show(const QString& workspaceName, bool canImport, const QStringList& recentFiles)
{
    if (workspaceName.isEmpty()) {
        m_heading->setText(tr("Bienvenue dans Guichet"));
        m_explanation->setText(
            tr("Un classeur réunit les dossiers d'un appel à projets, leur instruction et le "
               "journal des modifications. Ouvrez-en un, créez-en un, ou essayez la "
               "démonstration."));
    } else {
        m_heading->setText(tr("%1 ne contient encore aucun dossier").arg(workspaceName));
        m_explanation->setText(
            tr("Importez l'export des dossiers déposés sur démarches-simplifiées (CSV, XLSX ou "
               "ODS, tel que le site le fournit) : Fichier > Importer, ou déposez le fichier sur "
               "la fenêtre."));
    }
    m_import->setVisible(!workspaceName.isEmpty());
    m_import->setEnabled(canImport);
    m_recent->clear();
    for (const QString& path : recentFiles) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QFileInfo(path).fileName(),
                              QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setVisible(!recentFiles.isEmpty());
    m_recent->setVisible(!recentFiles.isEmpty());
}

} // namespace guichet
