// SPDX-License-Identifier: Apache-2.0
#include "jobcatalogue.h"

namespace liteops {

namespace {

TemplateParam param(const QString &name, const QString &description, const QString &value, const QString &regex,
                    bool visible = true)
{
    TemplateParam p;
    p.name = name;
    p.description = description;
    p.defaultValue = value;
    p.regex = regex;
    p.visible = visible;
    return p;
}

Template entry(const QString &type, const QString &description, QList<TemplateParam> params = {})
{
    Template t;
    t.name = type;
    t.type = type;
    t.description = description;
    t.params = std::move(params);
    return t;
}

} // namespace

QList<Template> JobCatalogue::builtIn()
{
    return {
        entry(QStringLiteral("HDK_UPGRADE"), tr("Upgrade the Ascend driver and firmware (HDK)"),
              {param(QStringLiteral("version"), tr("HDK version to install, for example 24.1.rc3.10"), QString(),
                     QStringLiteral("^[0-9]+(\\.[0-9A-Za-z]+){2,4}$"))}),
        entry(QStringLiteral("HDK_QUERY"), tr("Report the installed driver and firmware versions")),
        entry(QStringLiteral("DEVICE_LOG_COLLECT"), tr("Collect NPU device logs"),
              {param(QStringLiteral("log_days"), tr("Days of logs to collect (1-30)"), QStringLiteral("7"),
                     QStringLiteral("^([1-9]|[12][0-9]|30)$"))}),
        entry(QStringLiteral("ASCEND_DIAGNOSIS"), tr("Run the Ascend hardware diagnosis")),
        entry(QStringLiteral("COMMON"), tr("A custom job: you enter the items yourself")),
    };
}

QString JobCatalogue::explanation(const QString &type)
{
    if (type == QLatin1String("HDK_UPGRADE") || type == QLatin1String("ASCEND_SOFTWARE_UPGRADE"))
        return tr("Installs the given HDK (NPU driver and firmware) version on every selected "
                  "server. Running workloads on those servers are disturbed; the new firmware "
                  "becomes active after a reboot.");
    if (type == QLatin1String("HDK_QUERY") || type == QLatin1String("ASCEND_SOFTWARE_QUERY"))
        return tr("Reads the installed driver and firmware versions of every selected server "
                  "without changing anything. Each task's message shows the versions.");
    if (type == QLatin1String("DEVICE_LOG_COLLECT"))
        return tr("Collects the NPU device logs of every selected server so they can be "
                  "downloaded for analysis. Nothing is changed on the servers.");
    if (type == QLatin1String("ASCEND_DIAGNOSIS"))
        return tr("Runs the hardware diagnosis on every selected server and reports faults per "
                  "server. The NPUs are busy while it runs.");
    if (type == QLatin1String("COMMON"))
        return tr("A job whose items you define yourself: each item has a type and a set of "
                  "key/value parameters passed to the servers as they are.");
    return tr("Runs the %1 template on every selected server with the parameters you give.").arg(type);
}

JobItem JobCatalogue::itemFor(const Template &tmpl)
{
    JobItem item;
    item.type = tmpl.type;
    for (const TemplateParam &p : tmpl.params)
        item.spec.insert(p.name, p.defaultValue);
    return item;
}

} // namespace liteops
