#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace guichet {

// The user guide, bundled with the application in French and English, in a window of its own
// (F1), with a search field that finds each occurrence in turn.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // Finds the next occurrence of `text` from the cursor, wrapping at the end; false when the
    // guide does not contain it.
    bool find(const QString& text);
    QTextBrowser* browser() const { return m_browser; }

private:
    QLineEdit* m_search;
    QTextBrowser* m_browser;
    QLabel* m_status;
};

} // namespace guichet
