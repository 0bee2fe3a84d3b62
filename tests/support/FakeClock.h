#pragma once

#include "common/Clock.h"

namespace guichet {

// Fixes the application's clock for the life of the object; advance() moves it on.
class FakeClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2021, 3, 15), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
        clock::setSourceForTesting([this] { return m_now; });
    }
    ~FakeClock() { clock::setSourceForTesting({}); }
    FakeClock(const FakeClock&) = delete;
    FakeClock& operator=(const FakeClock&) = delete;

    void set(const QDateTime& at) { m_now = at; }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace guichet
