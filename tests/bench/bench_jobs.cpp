// SPDX-License-Identifier: Apache-2.0
// Job list scenarios: 100,000 jobs behind the filter proxy in a table view.
#include "bench_data.h"
#include "bench_scenarios.h"
#include "job_filter_proxy.h"
#include "job_list_model.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace liteops::bench {

namespace {

// The console's list: a table over the proxy, fixed column widths, fixed row heights.
struct ListFixture
{
    explicit ListFixture(const QList<Job> &jobs)
    {
        model.applySnapshot(jobs);
        proxy.setSourceModel(&model);
        view.verticalHeader()->hide(); // the console shows no row numbers
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(24);
        view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        view.horizontalHeader()->setDefaultSectionSize(130);
        view.setModel(&proxy);
        prepareView(view, JobListModel::ColumnCount);
        paintNow(view);
    }
    JobListModel model;
    JobFilterProxy proxy;
    QTableView view;
};

} // namespace

Scenario refresh100kJobs1pct(const Options &o)
{
    const int n = o.scale(100000);
    const QList<Job> a = listJobs(n);
    const QList<Job> b = withChangedJobs(a, n / 100);
    ListFixture f(a);
    StateSet visible = StateSet::all();
    visible.remove(State::Deleted);
    f.proxy.setStateFilter(visible);
    f.proxy.sort(JobListModel::Created, Qt::DescendingOrder);
    paintNow(f.view);

    Scenario s;
    s.name = QStringLiteral("refresh_100k_jobs_1pct");
    s.goal = 0.1;
    int round = 0;
    const auto paint = [&] { paintNow(f.view); };
    s.ours = medianMs(
        o.reps,
        [&] {
        f.model.applySnapshot(++round % 2 ? b : a);
        layoutNow(f.view);
        },
        paint);
    s.reference = medianMs(
        o.reps,
        [&] {
        f.model.resetTo(++round % 2 ? b : a);
        layoutNow(f.view);
        },
        paint);
    s.note = QStringLiteral("%1 jobs, %2 change state per poll, behind the proxy (sorted by created, "
                            "deleted filtered out) in a QTableView; merge vs reset, each with the view's synchronous "
                            "work and item layout, paint untimed")
                 .arg(n)
                 .arg(n / 100);
    return s;
}

Scenario filter100kJobs(const Options &o)
{
    const int n = o.scale(100000);
    const QList<Job> jobs = listJobs(n);
    ListFixture f(jobs);
    const QStringList typed{QStringLiteral("h"), QStringLiteral("hd"), QStringLiteral("hdk"), QString()};

    Scenario s;
    s.name = QStringLiteral("filter_100k_jobs");
    s.goal = 2.0;
    qsizetype sink = 0;
    s.ours = medianMs(
        o.reps,
        [&] {
        for (const QString &text : typed) {
            f.proxy.setTextFilter(text);
            layoutNow(f.view);
            sink += f.proxy.rowCount();
        }
        },
        [&] { paintNow(f.view); });
    s.reference = medianMs(o.reps, [&] {
        for (const QString &text : typed) {
            std::vector<int> rows;
            rows.reserve(size_t(n));
            for (int i = 0; i < n; ++i) {
                if (JobFilterProxy::textMatches(jobs[i], text))
                    rows.push_back(i);
            }
            sink += qsizetype(rows.size());
        }
    });
    s.note = QStringLiteral("%1 jobs: type \"h\", \"hd\", \"hdk\", then clear, each applied to the proxy "
                            "with a QTableView attached (paint untimed); reference: a loop over the structs with the "
                            "same match (%2)")
                 .arg(n)
                 .arg(sink > 0 ? QStringLiteral("ok") : QStringLiteral("empty"));
    return s;
}

Scenario sort100kJobs(const Options &o)
{
    const int n = o.scale(100000);
    const QList<Job> jobs = listJobs(n);
    ListFixture f(jobs);

    Scenario s;
    s.name = QStringLiteral("sort_100k_jobs");
    s.goal = 2.0;
    s.ours = medianMs(
        o.reps,
        [&] {
        f.proxy.sort(JobListModel::Created, Qt::AscendingOrder);
        layoutNow(f.view);
        },
        [&] {
        f.proxy.sort(-1); // back to source order, untimed
        paintNow(f.view);
    });
    qint64 sink = 0;
    s.reference = medianMs(o.reps, [&] {
        std::vector<int> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int l, int r) { return jobs[l].createdAtMs < jobs[r].createdAtMs; });
        sink += order.front();
    });
    s.note = QStringLiteral("%1 jobs sorted by created through the proxy with a QTableView attached (paint untimed); "
                            "reference: std::stable_sort of an index vector on the same key")
                 .arg(n);
    return s;
}

} // namespace liteops::bench
