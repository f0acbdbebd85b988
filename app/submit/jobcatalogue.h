// SPDX-License-Identifier: Apache-2.0
#pragma once
// The built-in catalogue of job types the wizard offers when the service has no templates
// (or they cannot be loaded), and the plain explanation shown for each type.
#include "core/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace liteops {

class JobCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(JobCatalogue)
public:
    // HDK_UPGRADE (with a version), HDK_QUERY, DEVICE_LOG_COLLECT, ASCEND_DIAGNOSIS, COMMON.
    // Entries have an empty id: they are not service templates.
    static QList<Template> builtIn();

    // A short explanation of what a job of this type does to the servers; a generic sentence
    // for types it does not know.
    static QString explanation(const QString &type);

    // The item a template turns into: its type, and every param with its default value.
    static JobItem itemFor(const Template &tmpl);
};

} // namespace liteops
