#pragma once

#include <QWidget>

namespace guichet {

class Campaign;
class CutoffPanel;
class Editing;

// The envelope of one workspace in a window of its own: the cutoff scenarios and the
// dashboard, beside the dossier list.
class EnvelopeWindow : public QWidget
{
    Q_OBJECT

public:
    EnvelopeWindow(Campaign& campaign, Editing* editing, QWidget* parent);

    CutoffPanel* cutoff() const { return m_cutoff; }

private:
    CutoffPanel* m_cutoff;
};

} // namespace guichet
