// SPDX-License-Identifier: Apache-2.0
#pragma once
// RunJobKeeper: the local store's side of a submission run. Every job a WaveSubmitter creates
// (and each verification query) is polled until it settles; its last snapshot is a job detail
// fetched like any other, so it goes into the store. The console (wizard runs, Continue from
// Submission History) and liteops-cli (jobs create --wait, jobs resume, jobs rerun-failed
// --wait, runs continue) both attach one to the run; app/submit itself knows no store.
#include "core/types.h"

#include <QObject>
#include <QPointer>

namespace liteops {

class WaveSubmitter;

namespace store {
class LocalStore;
}

class RunJobKeeper : public QObject
{
    Q_OBJECT
public:
    // Lives as long as `submitter` (its parent). A store that is gone by the time a job
    // settles (the console switched connection) is simply not written.
    RunJobKeeper(WaveSubmitter *submitter, store::LocalStore *store);

    // Attaches a keeper to `submitter` unless it has one or `store` is null; returns it.
    static RunJobKeeper *attach(WaveSubmitter *submitter, store::LocalStore *store);

signals:
    // After the detail was handed to the store (written in order on its thread): a reader
    // asked after this sees it.
    void jobKept(const liteops::Job &job);

private:
    void keep(const Job &job);

    QPointer<store::LocalStore> m_store;
};

} // namespace liteops
