// SPDX-License-Identifier: Apache-2.0
#pragma once
// "Act on any selection": New job on these servers, Rerun on these servers, Copy server ids,
// Copy server names and Export these rows, as a context menu on every view where servers
// can be selected (the task tree in any grouping, the Failures tab's clusters, the Versions
// tab's rows) and as the Servers menu. A cluster or version row stands for its servers.
// Which servers a selection means is app/submit/server_selection.h; this class only knows
// the views.
#include "server_selection.h"

#include <QAbstractItemView>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace liteops::ui {

class JobDetailPanel;

class ServerActions : public QObject
{
    Q_OBJECT
public:
    // In menu order. Each QAction's objectName is the camelCase of its name here
    // ("newJobOnServers" for NewJobOnServers).
    enum class Id { NewJobOnServers, RerunOnServers, CopyServerIds, CopyServerNames, ExportServerRows, Count };

    // Attaches to the detail panel's task tree, failures and versions views.
    explicit ServerActions(JobDetailPanel *detail, QWidget *parent);

    QAction *action(Id id) const { return m_actions[std::size_t(id)]; }
    QList<QAction *> actions() const;

    // The view the actions act on: the one last focused or right-clicked (task tree at first),
    // or the task tree when that one is hidden (another tab shown).
    QAbstractItemView *currentView() const;
    void setCurrentView(QAbstractItemView *view);
    // Task ids and servers the current view's selection means.
    QStringList selectedTaskIds() const;
    QList<SelectedServer> selectedServers() const;

    // The context menu a right-click on `view` opens (not shown; the caller pops it up).
    QMenu *contextMenu(QAbstractItemView *view);
    void copy(bool names);
    // The task rows of the selection, in the task tree's column order, to CSV (or JSON).
    bool exportTo(const QString &path, QString *errorMessage) const;

    void updateEnabled();

signals:
    void newJobRequested(const QStringList &serverIds);
    void rerunRequested(const QStringList &serverIds);
    void statusMessage(const QString &text);

private:
    using TaskIdsSource = std::function<QStringList()>;
    void buildActions();
    QAction *makeAction(Id id, const QString &objectName, const QString &text, const QString &icon, const QString &tip);
    void buildMenu(QWidget *parent);
    void attachViews();
    void attach(QAbstractItemView *view, const TaskIdsSource &source);
    void exportRows();

    JobDetailPanel *m_detail;
    QWidget *m_window;
    std::array<QAction *, std::size_t(Id::Count)> m_actions{};
    QHash<QAbstractItemView *, TaskIdsSource> m_sources;
    QPointer<QAbstractItemView> m_current;
    QMenu *m_menu = nullptr;
};

} // namespace liteops::ui
