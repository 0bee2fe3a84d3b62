#include "ProjectorScreen.h"

#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace guichet {

namespace {
const QString kSetting = QStringLiteral("projection/screen");

QList<ProjectorScreen::Screen> currentScreens()
{
    QList<ProjectorScreen::Screen> screens;
    for (const QScreen* s : QGuiApplication::screens())
        screens.append({s->name(), s->geometry()});
    return screens;
}

int primaryIndex()
{
    return std::max(0, int(QGuiApplication::screens().indexOf(QGuiApplication::primaryScreen())));
}
} // namespace

ProjectorScreen::Placement ProjectorScreen::placement(const QList<Screen>& screens,
                                                      const QString& remembered, int primary)
{
    Placement p;
    if (screens.isEmpty())
        return p;
    p.screen = primary;
    for (int i = 0; i < screens.size(); ++i) {
        if (i != primary) {
            p.screen = i;
            break;
        }
    }
    for (int i = 0; i < screens.size(); ++i) {
        if (!remembered.isEmpty() && screens.at(i).name == remembered)
            p.screen = i;
    }
    p.fullScreen = p.screen != primary;
    return p;
}

QString ProjectorScreen::remembered()
{
    return QSettings().value(kSetting).toString();
}

void ProjectorScreen::remember(const QString& name)
{
    QSettings().setValue(kSetting, name);
}

void ProjectorScreen::place(QWidget* window)
{
    const QList<Screen> screens = currentScreens();
    if (screens.isEmpty())
        return;
    const Placement p = placement(screens, remembered(), primaryIndex());
    QScreen* target = QGuiApplication::screens().at(p.screen);
    const QRect area = target->availableGeometry();
    window->setWindowState(window->windowState() & ~Qt::WindowFullScreen);
    if (window->windowHandle())
        window->windowHandle()->setScreen(target);
    if (p.fullScreen) {
        window->setGeometry(target->geometry());
        window->showFullScreen();
    } else {
        // A 16:9 window within the screen, so that the page looks as it will on the projector.
        const QSize size = QSize(1280, 720).boundedTo(area.size());
        window->resize(size);
        window->move(area.center() - QPoint(size.width() / 2, size.height() / 2));
        window->showNormal();
    }
}

QMenu* ProjectorScreen::menu(QWidget* window, QWidget* parent)
{
    auto* menu = new QMenu(tr("É&cran de projection"), parent);
    menu->setObjectName(QStringLiteral("projectorScreenMenu"));
    // Listed afresh each time: a projector may be plugged in during the session.
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, window] {
        menu->clear();
        auto* group = new QActionGroup(menu);
        const QList<Screen> screens = currentScreens();
        const Placement p = placement(screens, remembered(), primaryIndex());
        for (int i = 0; i < screens.size(); ++i) {
            const Screen& s = screens.at(i);
            QAction* action = menu->addAction(
                tr("%1 (%2 × %3)").arg(s.name).arg(s.geometry.width()).arg(s.geometry.height()));
            action->setCheckable(true);
            action->setChecked(i == p.screen);
            group->addAction(action);
            QObject::connect(action, &QAction::triggered, window, [window, name = s.name] {
                remember(name);
                place(window);
            });
        }
    });
    return menu;
}

} // namespace guichet
