#pragma once

#include "committee/SessionAgenda.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace guichet {

// The envelope as the committee sees it during a session: the credits committed in the ledger
// plus this session's favourable avis, against the envelope, figures written beside the bar;
// red, naming the overrun, beyond the envelope.
class SessionGauge : public QWidget
{
    Q_OBJECT

public:
    explicit SessionGauge(QWidget* parent = nullptr);

    void setGauge(const EnvelopeGauge& gauge);
    QString text() const;

private:
    QProgressBar* m_bar;
    QLabel* m_label;
};

} // namespace guichet
