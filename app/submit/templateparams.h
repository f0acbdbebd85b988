// SPDX-License-Identifier: Apache-2.0
#pragma once
// A template's parameters: the values a job item gives them, checked against each
// parameter's regex before anything is sent. The wizard's parameters page and
// `liteops-cli jobs create --template` share these checks and their messages.
#include "core/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace liteops {

struct TemplateParamProblem
{
    QString param;   // the parameter's name
    QString value;   // the value that was checked
    QString regex;   // the template's regex, empty when the problem is not about it
    QString message; // translated: what is expected
};

class TemplateParams
{
    Q_DECLARE_TR_FUNCTIONS(TemplateParams)
public:
    // What is wrong with `value` for `param` (translated), or empty: free-text rules first
    // (a regex may well accept a tab or a 60,000-character paste), then the regex. A regex
    // that does not compile is the template's mistake and blocks nothing.
    static QString problem(const TemplateParam &param, const QString &value);

    // Every parameter of the template as the item gives it (its default when the item has
    // no value for it).
    static QList<TemplateParamProblem> check(const Template &tmpl, const JobItem &item);

    // Whether a server of `serverFlavor` ("ascend-snt9b.48xlarge.8") is what a template for
    // `templateFlavor` ("ASCEND_SNT9B") was written for: the flavor's family (before the
    // first '.', '-' read as '_') must name it. A template for ASCEND_GENERIC (or none) fits
    // every server, and a server whose flavor is unknown is not called a misfit.
    static bool fitsFlavor(const QString &templateFlavor, const QString &serverFlavor);
};

} // namespace liteops
