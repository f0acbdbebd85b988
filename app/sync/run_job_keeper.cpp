// SPDX-License-Identifier: Apache-2.0
#include "run_job_keeper.h"

#include "local_store.h"
#include "wavesubmitter.h"

namespace liteops {

RunJobKeeper::RunJobKeeper(WaveSubmitter *submitter, store::LocalStore *store) : QObject(submitter), m_store(store)
{
    connect(submitter, &WaveSubmitter::jobFinished, this, [this](int, const Job &job) { keep(job); });
}

RunJobKeeper *RunJobKeeper::attach(WaveSubmitter *submitter, store::LocalStore *store)
{
    if (!submitter || !store)
        return nullptr;
    if (auto *existing = submitter->findChild<RunJobKeeper *>(QString(), Qt::FindDirectChildrenOnly))
        return existing; // one write per settled job, however often the run is wired
    return new RunJobKeeper(submitter, store);
}

void RunJobKeeper::keep(const Job &job)
{
    // A submission's jobs are ModelArts jobs, whose detail holds every task (no task pages).
    if (!m_store || job.id.isEmpty())
        return;
    m_store->putJobDetail(job, store::DetailTasks::Complete);
    emit jobKept(job);
}

} // namespace liteops
