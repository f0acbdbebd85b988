// SPDX-License-Identifier: Apache-2.0
// Task scenarios: decoding a job detail, loading it into the task tree and painting it,
// merging a poll, and the heap the loaded model keeps.
#include "bench_data.h"
#include "bench_scenarios.h"
#include "core/decode.h"
#include "display_format.h"
#include "task_filter_proxy.h"
#include "task_tree_model.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTreeView>

#include <malloc.h>
#include <simdjson.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace liteops::bench {

namespace {

Job decodeOrDie(const QByteArray &json)
{
    Decoded<Job> decoded = decodeJobDetail(json);
    if (!decoded.ok()) {
        std::fprintf(stderr, "liteops-bench: generated job does not decode: %s\n",
                     qPrintable(decoded.error().toString()));
        std::exit(2);
    }
    return std::move(decoded).value();
}

// Expands the group rows only. QTreeView::expandAll() would also store a persistent index
// for every leaf, and each later insert, remove or move walks all persistent indexes.
void expandGroups(QTreeView &view)
{
    const QAbstractItemModel *m = view.model();
    for (int r = 0; r < m->rowCount(); ++r)
        view.expand(m->index(r, 0));
}

void prepareTree(QTreeView &view)
{
    view.setUniformRowHeights(true);
    prepareView(view, TaskTreeModel::ColumnCount);
}

// The reference for load_20k_tasks: the same groups and cells as items.
QStandardItemModel *standardItemsFor(const Job &job)
{
    auto *model = new QStandardItemModel;
    model->setColumnCount(TaskTreeModel::ColumnCount);
    // Same order as the task tree: failed first.
    static constexpr std::array<State, kStateCount> order{State::Failed,  State::Partial,   State::Cancelled,
                                                          State::Unknown, State::Running,   State::Pending,
                                                          State::Skipped, State::Succeeded, State::Deleted};
    std::map<int, std::vector<const Task *>> groups;
    for (const Task &t : job.tasks)
        groups[int(std::find(order.begin(), order.end(), t.state()) - order.begin())].push_back(&t);
    for (const auto &[rank, tasks] : groups) {
        auto *group = new QStandardItem(
            QStringLiteral("%1 (%2)").arg(stateDisplayName(order[size_t(rank)])).arg(tasks.size()));
        for (const Task *t : tasks) {
            const qsizetype nl = t->message().indexOf(QLatin1Char('\n'));
            group->appendRow(QList<QStandardItem *>{
                new QStandardItem(t->targetName().toString()),
                new QStandardItem(t->targetId().toString()),
                new QStandardItem(t->status()),
                new QStandardItem((nl < 0 ? t->message() : t->message().first(nl)).toString()),
                new QStandardItem(t->cloudServerValue(u"type").toString()),
                new QStandardItem(t->cloudServerValue(u"id").toString()),
                new QStandardItem(formatLocalTime(t->createdAtMs())),
                new QStandardItem(formatLocalTime(t->updatedAtMs())),
                new QStandardItem(formatDuration(t->durationMs())),
            });
        }
        model->appendRow(group);
    }
    return model;
}

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd; // small blocks plus mmapped large ones
}

} // namespace

Scenario decode10kTasks(const Options &o)
{
    const QByteArray json = jobDetailJson(o.scale(10000));
    qsizetype sink = 0;
    Scenario s;
    s.name = QStringLiteral("decode_10k_tasks");
    s.goal = 3.0;
    // The decoded job is released before each run, untimed: freeing it is not decoding.
    Job kept;
    s.ours = medianMs(
        o.reps,
        [&] {
        kept = decodeOrDie(json);
        sink += kept.tasks.size();
        },
        [&] { kept = Job(); });

    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    simdjson::dom::parser parser;
    s.reference = medianMs(o.reps, [&] {
        simdjson::dom::element doc;
        if (parser.parse(padded).get(doc) != simdjson::SUCCESS)
            std::abort();
        sink += doc.is_object() ? 1 : 0;
    });
    s.note = QStringLiteral("%1 tasks, %2 MB of JSON -> Job; reference: simdjson::dom::parser::parse "
                            "(parser reused), sink %3")
                 .arg(o.scale(10000))
                 .arg(double(json.size()) / (1024 * 1024), 0, 'f', 2)
                 .arg(sink > 0 ? QStringLiteral("ok") : QStringLiteral("empty"));
    return s;
}

Scenario load20kTasks(const Options &o)
{
    const Job job = decodeOrDie(jobDetailJson(o.scale(20000)));
    QTreeView view;
    prepareTree(view);
    std::unique_ptr<QAbstractItemModel> model;
    auto dropModel = [&] {
        view.setModel(nullptr);
        model.reset();
    };

    Scenario s;
    s.name = QStringLiteral("load_20k_tasks");
    s.goal = 0.5;
    s.ours = medianMs(
        o.reps,
        [&] {
        auto *tree = new TaskTreeModel;
        tree->applyJob(job);
        model.reset(tree);
        view.setModel(tree);
        expandGroups(view);
        paintNow(view);
        },
        dropModel);
    dropModel();
    s.reference = medianMs(
        o.reps,
        [&] {
        model.reset(standardItemsFor(job));
        view.setModel(model.get());
        expandGroups(view);
        paintNow(view);
        },
        dropModel);
    dropModel();
    s.note = QStringLiteral("%1 decoded tasks -> model grouped by state -> QTreeView (uniform rows, "
                            "all groups expanded) first paint; reference: the same cells as "
                            "QStandardItems in the same view")
                 .arg(job.tasks.size());
    return s;
}

Scenario refresh10kTasks1pct(const Options &o)
{
    const int n = o.scale(10000);
    const Job a = decodeOrDie(jobDetailJson(n));
    const Job b = withChangedTasks(a, n / 100);
    // As the console shows it: the tree behind the filter proxy, sorted by server name,
    // groups expanded, one task selected.
    TaskTreeModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    prepareTree(view);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(TaskTreeModel::ServerName, Qt::AscendingOrder);
    model.applyJob(a);
    expandGroups(view);
    paintNow(view);
    const QModelIndex group = proxy.index(proxy.rowCount() - 1, 0);
    view.setCurrentIndex(proxy.index(proxy.rowCount(group) / 2, 0, group));

    Scenario s;
    s.name = QStringLiteral("refresh_10k_tasks_1pct");
    s.goal = 0.1;
    int round = 0;
    // Timed: the model taking the snapshot with the proxy and view attached, and the item
    // layout the view deferred. The paint that follows is the same visible rows for both
    // and runs untimed.
    const auto paint = [&] { paintNow(view); };
    s.ours = medianMs(
        o.reps,
        [&] {
        model.applyJob(++round % 2 ? b : a);
        layoutNow(view);
        },
        paint);
    const bool selectionKept = view.currentIndex().isValid();
    // The reference: the same snapshots as a reset (another job id makes applyJob reset),
    // plus what a reset costs the view: expanding the groups again.
    Job ra = a, rb = b;
    ra.id = QStringLiteral("reset-a");
    rb.id = QStringLiteral("reset-b");
    s.reference = medianMs(
        o.reps,
        [&] {
        model.applyJob(++round % 2 ? rb : ra);
        expandGroups(view);
        layoutNow(view);
        },
        paint);
    s.note = QStringLiteral("%1 tasks behind the sorted filter proxy in a QTreeView with expanded "
                            "groups, %2 change state (and group) per poll; merge vs reset + "
                            "re-expand, each with the view's item layout, paint untimed; "
                            "selection kept by the merge: %3")
                 .arg(n)
                 .arg(n / 100)
                 .arg(selectionKept ? QStringLiteral("yes") : QStringLiteral("no"));
    return s;
}

Scenario memory20kTasks(const Options &o)
{
    const QByteArray json = jobDetailJson(o.scale(20000));
    // Warm up: the decoder keeps a per-thread parse buffer; that is not the model's memory.
    (void)decodeOrDie(json);
    std::vector<double> retained;
    for (int i = 0; i < std::max(1, o.reps / 2); ++i) {
        malloc_trim(0);
        const size_t before = heapInUse();
        auto model = std::make_unique<TaskTreeModel>();
        {
            const Job job = decodeOrDie(json);
            model->applyJob(job);
        } // the decoded job is gone; what is left is the model's
        const size_t after = heapInUse();
        retained.push_back(double(after) - double(before));
    }
    std::sort(retained.begin(), retained.end());
    Scenario s;
    s.name = QStringLiteral("memory_20k_tasks");
    s.goal = 2.0;
    s.bytes = true;
    s.ours = retained[retained.size() / 2];
    s.reference = double(json.size());
    s.note = QStringLiteral("heap (mallinfo2 uordblks + hblkhd) retained by a TaskTreeModel holding "
                            "%1 tasks, per byte of their JSON")
                 .arg(o.scale(20000));
    return s;
}

namespace {
// executeDelayedItemsLayout() is protected; this only opens it up.
struct LayoutAccess : QAbstractItemView
{
    static void run(QAbstractItemView &view) { (view.*(&LayoutAccess::executeDelayedItemsLayout))(); }
};
} // namespace

void layoutNow(QAbstractItemView &view)
{
    QCoreApplication::sendPostedEvents();
    LayoutAccess::run(view);
}

void paintNow(QAbstractItemView &view)
{
    QCoreApplication::sendPostedEvents();
    view.viewport()->repaint();
}

void prepareView(QAbstractItemView &view, int columns)
{
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    if (auto *tree = qobject_cast<QTreeView *>(&view)) {
        tree->header()->setSectionResizeMode(QHeaderView::Interactive);
        tree->header()->setDefaultSectionSize(1200 / columns);
    }
}

} // namespace liteops::bench
