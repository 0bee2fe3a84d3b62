#pragma once

#include <QWidget>

class QScrollArea;

namespace guichet {

class Campaign;
struct Change;

// The envelope at a glance: committed, proposed and remaining; by sub-axis; by kind of
// applicant; month by month. Every chart has its figures printed beside it (no value told by a
// colour only) in the Okabe–Ito palette, which every eye tells apart. It follows the campaign's
// changes and exports as PNG or PDF.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPanel(const Campaign& campaign, QWidget* parent = nullptr);

    // The dashboard as shown, to `path`: a PDF when it ends in .pdf, else an image.
    bool exportTo(const QString& path) const;

private:
    void refresh();
    void chooseExport();

    const Campaign& m_campaign;
    QScrollArea* m_scroll;
    QWidget* m_content = nullptr;
};

} // namespace guichet
