#pragma once

#include <QString>

namespace guichet::identity {

// The instructor's name recorded in the audit log and on scores: the "instructor/name"
// setting, or the operating-system account name when it is not set.
QString currentInstructor();
void setCurrentInstructor(const QString& name);
// Whether the instructor has given their name (else the account name stands in for it).
bool isChosen();

} // namespace guichet::identity
