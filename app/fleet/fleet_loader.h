// SPDX-License-Identifier: Apache-2.0
#pragma once
// Feeds a FleetModel from a profile's local store, asynchronously (the store answers on its
// own thread): every server's facts when the page opens, only the servers of a job when it
// finishes, and the stored servers list until the cloud's arrives. Widget-free, so the
// console's Fleet page stays a view.
#include "fleet_model.h"

#include <QObject>
#include <QPointer>

namespace liteops::store {
class LocalStore;
}

namespace liteops::fleet {

class FleetLoader : public QObject
{
    Q_OBJECT
public:
    explicit FleetLoader(FleetModel *model, QObject *parent = nullptr);

    // Null: no local data (the model keeps the servers list, without facts).
    void setStore(store::LocalStore *store);
    // The servers list from the cloud; it wins over the stored one from then on.
    void setServers(const QList<Server> &servers);
    // Until setServers() again, reloadAll() takes the stored servers list (a new connection).
    void forgetServersList() { m_haveCloudList = false; }
    // Every server's facts, and the stored servers list while the cloud's has not come.
    void reloadAll();
    // The facts of these servers only.
    void reloadServers(const QStringList &serverIds);
    // A job detail was stored: when it is finished, its servers' facts changed.
    void jobStored(const Job &job);

signals:
    void factsLoaded();

private:
    FleetModel *m_model;
    QPointer<store::LocalStore> m_store;
    bool m_haveCloudList = false;
};

} // namespace liteops::fleet
