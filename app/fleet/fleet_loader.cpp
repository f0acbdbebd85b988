// SPDX-License-Identifier: Apache-2.0
#include "fleet_loader.h"

#include "local_store.h"

#include <QSet>

namespace liteops::fleet {

namespace {

struct StoredFleet
{
    QList<Server> servers;
    QHash<QString, ServerFacts> facts;
};

} // namespace

FleetLoader::FleetLoader(FleetModel *model, QObject *parent) : QObject(parent), m_model(model) {}

void FleetLoader::setStore(store::LocalStore *store)
{
    m_store = store;
}

void FleetLoader::setServers(const QList<Server> &servers)
{
    m_haveCloudList = true;
    m_model->setServers(servers);
}

void FleetLoader::reloadAll()
{
    if (!m_store)
        return;
    m_store->read<StoredFleet>(
        this,
        [](const store::StoreReader &r) {
        StoredFleet f;
        for (const store::StoredServer &s : r.servers())
            f.servers.append(s.server);
        f.facts = readAllFacts(r.database());
        return f;
        },
        [this](StoredFleet f) {
        m_model->setAllFacts(std::move(f.facts));
        if (!m_haveCloudList)
            m_model->setServers(f.servers);
        emit factsLoaded();
    });
}

void FleetLoader::reloadServers(const QStringList &serverIds)
{
    if (!m_store || serverIds.isEmpty())
        return;
    m_store->read<QHash<QString, ServerFacts>>(
        this, [serverIds](const store::StoreReader &r) { return readFacts(r.database(), serverIds); },
        [this, serverIds](const QHash<QString, ServerFacts> &facts) {
        m_model->updateFacts(serverIds, facts);
        emit factsLoaded();
        });
}

void FleetLoader::jobStored(const Job &job)
{
    if (!isFinalState(job.state))
        return;
    QSet<QString> ids;
    for (const Task &t : job.tasks) {
        if (!t.targetId().isEmpty())
            ids.insert(t.targetId().toString());
    }
    reloadServers(QStringList(ids.cbegin(), ids.cend()));
}

} // namespace liteops::fleet
