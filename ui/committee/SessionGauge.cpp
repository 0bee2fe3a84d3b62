#include "SessionGauge.h"

#include "common/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace guichet {

SessionGauge::SessionGauge(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionGauge"));
    m_label->setObjectName(QStringLiteral("sessionGaugeLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    // The figures are beside the bar, in words: the bar's own percentage would say less.
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 1000);
    m_bar->setMinimumWidth(160);
    m_bar->setMaximumWidth(320);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Enveloppe :"), this));
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
}

void SessionGauge::setGauge(const EnvelopeGauge& gauge)
{
    const double share = gauge.envelope > 0 ? double(gauge.total()) / double(gauge.envelope) : 0.0;
    m_bar->setValue(int(qBound(0.0, share, 1.0) * 1000));
    QString text = tr("engagé %1 + avis favorables de la séance %2 = %3 sur %4")
                       .arg(money::format(gauge.committed), money::format(gauge.favourable),
                            money::format(gauge.total()), money::format(gauge.envelope));
    if (gauge.remaining() >= 0) {
        text += tr(" — reste %1").arg(money::format(gauge.remaining()));
        m_label->setStyleSheet({});
        m_bar->setStyleSheet({});
    } else {
        text += tr(" — dépassement de %1").arg(money::format(-gauge.remaining()));
        m_label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
        m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #b00020; }"));
    }
    m_label->setText(text);
}

QString SessionGauge::text() const
{
    return m_label->text();
}

} // namespace guichet
