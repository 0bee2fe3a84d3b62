#include "EnvelopeGaugePanel.h"

#include "ProjectionStyle.h"
#include "common/Money.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace guichet {

using namespace projection;

// The bar: committed, then the favourable avis, against the envelope's mark; past the mark,
// the overrun in dark red. It writes nothing: the figures are labels beside it.
class EnvelopeGaugePanel::Bar : public QWidget
{
public:
    using QWidget::QWidget;
    EnvelopeGauge gauge;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
        p.fillRect(area, QColor(0xE8E8E8));
        const double scale = double(std::max<Cents>({gauge.envelope, gauge.total(), 1}));
        auto x = [&](Cents amount) {
            return area.left() + area.width() * (amount / scale);
        };
        const Cents inEnvelope = std::min(gauge.total(), gauge.envelope);
        const Cents committed = std::min(gauge.committed, gauge.envelope);
        p.fillRect(QRectF(QPointF(area.left(), area.top()), QPointF(x(committed), area.bottom())),
                   QColor::fromRgb(kCommitted));
        p.fillRect(QRectF(QPointF(x(committed), area.top()), QPointF(x(inEnvelope), area.bottom())),
                   QColor::fromRgb(kFavourable));
        if (gauge.total() > gauge.envelope)
            p.fillRect(QRectF(QPointF(x(gauge.envelope), area.top()),
                              QPointF(x(gauge.total()), area.bottom())),
                       QBrush(QColor::fromRgb(kOverrun), Qt::BDiagPattern));
        p.setPen(QPen(QColor::fromRgb(kInk), std::max(2.0, height() / 12.0)));
        p.drawLine(QPointF(x(gauge.envelope), rect().top()),
                   QPointF(x(gauge.envelope), rect().bottom()));
        p.setPen(QPen(QColor::fromRgb(kInk), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(area);
    }
};

EnvelopeGaugePanel::EnvelopeGaugePanel(Form form, QWidget* parent)
    : QWidget(parent)
    , m_form(form)
    , m_bar(new Bar(this))
    , m_remaining(label(this, form == Form::Large ? TextRole::Figure : TextRole::Strong))
{
    m_bar->setObjectName(QStringLiteral("projectionGaugeBar"));
    m_remaining->setObjectName(QStringLiteral("projectionGaugeRemaining"));
    if (form == Form::Compact) {
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        m_summary = label(this, TextRole::Body);
        m_summary->setObjectName(QStringLiteral("projectionGaugeSummary"));
        m_bar->setMinimumWidth(120);
        row->addWidget(m_bar, 1);
        row->addWidget(m_summary);
        row->addWidget(m_remaining);
        return;
    }
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_bar, 1);
    auto* figures = new QGridLayout;
    m_envelope = label(this, TextRole::Figure);
    m_committed = label(this, TextRole::Figure);
    m_favourable = label(this, TextRole::Figure);
    m_total = label(this, TextRole::Figure);
    addFigure(figures, 0, tr("Enveloppe"), m_envelope);
    addFigure(figures, 1, tr("Déjà engagé (décisions prises)"), m_committed, kCommitted);
    addFigure(figures, 2, tr("Avis favorables de la séance"), m_favourable, kFavourable);
    addFigure(figures, 3, tr("Total"), m_total);
    m_remainingCaption = label(this, TextRole::Heading);
    figures->addWidget(m_remainingCaption, 4, 1);
    figures->addWidget(m_remaining, 4, 2, Qt::AlignRight);
    figures->setColumnStretch(1, 1);
    column->addLayout(figures, 3);
}

void EnvelopeGaugePanel::addFigure(QGridLayout* grid, int row, const QString& caption,
                                   QLabel* figure, std::optional<quint32> swatch)
{
    if (swatch) {
        // The bar's colour for this figure: a square as wide as a letter of the caption.
        QLabel* square = label(this, TextRole::Heading);
        square->setText(QString(QChar(0x2003)));
        square->setAutoFillBackground(true);
        QPalette palette = square->palette();
        palette.setColor(QPalette::Window, QColor::fromRgb(*swatch));
        square->setPalette(palette);
        grid->addWidget(square, row, 0, Qt::AlignVCenter);
    }
    QLabel* c = label(this, TextRole::Heading, kMutedInk);
    c->setText(caption);
    grid->addWidget(c, row, 1);
    grid->addWidget(figure, row, 2, Qt::AlignRight);
}

void EnvelopeGaugePanel::setGauge(const EnvelopeGauge& gauge)
{
    m_bar->gauge = gauge;
    m_bar->update();
    const bool overrun = gauge.remaining() < 0;
    setColour(m_remaining, overrun ? kOverrun : kInk);
    if (m_form == Form::Compact) {
        m_summary->setText(tr("Engagé %1 + avis %2 = %3 sur %4")
                               .arg(money::format(gauge.committed), money::format(gauge.favourable),
                                    money::format(gauge.total()), money::format(gauge.envelope)));
        m_remaining->setText(overrun
                                 ? tr("dépassement de %1").arg(money::format(-gauge.remaining()))
                                 : tr("reste %1").arg(money::format(gauge.remaining())));
        return;
    }
    m_envelope->setText(money::format(gauge.envelope));
    m_committed->setText(money::format(gauge.committed));
    m_favourable->setText(money::format(gauge.favourable));
    m_total->setText(money::format(gauge.total()));
    m_remainingCaption->setText(overrun ? tr("Dépassement de l'enveloppe")
                                        : tr("Reste disponible"));
    setColour(m_remainingCaption, overrun ? kOverrun : kInk);
    m_remaining->setText(money::format(overrun ? -gauge.remaining() : gauge.remaining()));
}

} // namespace guichet
