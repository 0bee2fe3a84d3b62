#pragma once

// What the widget tests share: a main window on a demo workspace, fully loaded, and the
// dossier it shows.
#include "TestWorkspace.h"

namespace guichet {
class MainWindow;
}

namespace guichet::testing {

// Waits until the window has loaded its dossiers and computed their instruction.
void waitLoaded(MainWindow& window);
// Shows `window` on a new demo workspace of `count` dossiers in `dir`, fully loaded.
void openDemo(MainWindow& window, const TestDir& dir, int count = 40);
// Withdraws the demo's own conflict declarations (a committee member's links with two
// applicants, for the session's agenda), for a test that counts the declarations it makes.
void withdrawDemoConflicts(MainWindow& window);
// The DS number of the dossier selected in the list (0 for none).
qint64 currentNumber(MainWindow& window);

} // namespace guichet::testing
