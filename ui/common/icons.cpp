// SPDX-License-Identifier: Apache-2.0
#include "icons.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

static void initIconResources()
{
    Q_INIT_RESOURCE(liteops_icons);
}

namespace liteops::ui {
namespace {

// Renders an SVG whose drawing colour token is replaced by the current palette's text colour
// at paint time, so one icon works in light and dark themes and at any scale.
class ThemedSvgEngine final : public QIconEngine
{
public:
    explicit ThemedSvgEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QApplication::palette();
        QColor colour = pal.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                  QPalette::WindowText);
        if (mode == QIcon::Selected)
            colour = pal.color(QPalette::HighlightedText);
        QByteArray themed = m_svg;
        themed.replace("#1f1f1f", colour.name().toLatin1());
        QSvgRenderer renderer(themed);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_svg); }

private:
    QByteArray m_svg;
};

QByteArray readIcon(const QString &name)
{
    static const bool loaded = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(loaded);
    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

QAction *makeNamedAction(QObject *parent, const QString &objectName, const QString &text, const QString &icon,
                         const QString &tip)
{
    auto *a = new QAction(icon.isEmpty() ? QIcon() : actionIcon(icon), text, parent);
    a->setObjectName(objectName);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

QIcon actionIcon(const QString &name)
{
    const QByteArray svg = readIcon(name);
    if (svg.isEmpty())
        return {};
    return QIcon(new ThemedSvgEngine(svg));
}

QIcon stateIcon(State state)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return *it;
    readIcon(QString()); // makes sure the resource is registered
    const QIcon icon(QStringLiteral(":/icons/state-%1.svg").arg(QString(stateKey(state))));
    cache.insert(int(state), icon);
    return icon;
}

QIcon appIcon()
{
    readIcon(QString());
    return QIcon(QStringLiteral(":/icons/liteops.svg"));
}

QColor stateColor(State state)
{
    switch (state) {
    case State::Succeeded: return QColor(0x2e, 0x9d, 0x4f);
    case State::Failed: return QColor(0xd9, 0x3a, 0x3a);
    case State::Running: return QColor(0x2f, 0x7f, 0xd8);
    case State::Pending: return QColor(0x8a, 0x8f, 0x98);
    case State::Skipped: return QColor(0x9a, 0x7b, 0x2f);
    case State::Partial: return QColor(0xe0, 0x8a, 0x12);
    case State::Cancelled:
    case State::Deleted:
    case State::Unknown: return QColor(0x7a, 0x7f, 0x88);
    }
    return QColor(0x7a, 0x7f, 0x88);
}

} // namespace liteops::ui
