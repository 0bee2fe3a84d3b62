#include "HelpWindow.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guichet {

namespace {
// The guide in the interface's language: its resource path is itself a translated string.
QString guideText()
{
    QFile file(HelpWindow::tr(":/help/guide-fr.md", "the guide's resource in this language"));
    if (!file.open(QIODevice::ReadOnly))
        file.setFileName(QStringLiteral(":/help/guide-fr.md"));
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_browser(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Guide d'utilisation — Guichet"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Rechercher dans le guide :"), this);
    label->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("helpSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("un mot, puis Entrée pour l'occurrence suivante"));
    bar->addWidget(label);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    layout->addLayout(bar);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(false); // the guide is offline: nothing to follow
    m_browser->setMarkdown(guideText());
    layout->addWidget(m_browser, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_browser->moveCursor(QTextCursor::Start); // as you type, from the top
        find(text);
    });
    auto* focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);
    auto* close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    resize(820, 720);
}

bool HelpWindow::find(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_status->clear();
        return false;
    }
    bool found = m_browser->find(text);
    if (!found) { // wrap around to the top
        m_browser->moveCursor(QTextCursor::Start);
        found = m_browser->find(text);
    }
    m_status->setText(found ? QString() : tr("Introuvable dans le guide"));
    return found;
}

} // namespace guichet
