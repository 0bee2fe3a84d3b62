#pragma once

#include "committee/SessionAgenda.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace guichet {

// The envelope gauge of a committee session: committed + the session's favourable avis against
// the envelope, drawn as a bar and written out, an overrun in dark red saying by how much. The
// compact form is one line under every view; the large one is the envelope view.
class EnvelopeGaugePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Form
    {
        Compact,
        Large
    };
    explicit EnvelopeGaugePanel(Form form, QWidget* parent = nullptr);

    void setGauge(const EnvelopeGauge& gauge);

private:
    class Bar;
    void addFigure(QGridLayout* grid, int row, const QString& caption, QLabel* figure,
                   std::optional<quint32> swatch = std::nullopt);

    Form m_form;
    Bar* m_bar;
    QLabel* m_summary = nullptr; // compact: « Engagé … + avis favorables … = … sur … »
    QLabel* m_envelope = nullptr;
    QLabel* m_committed = nullptr;
    QLabel* m_favourable = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_remainingCaption = nullptr;
    QLabel* m_remaining;
};

} // namespace guichet
