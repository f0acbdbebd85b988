// SPDX-License-Identifier: Apache-2.0
#include "templateparams.h"

#include "core/encode.h"

#include <QRegularExpression>

namespace liteops {

QString TemplateParams::problem(const TemplateParam &param, const QString &value)
{
    QString text = freeTextProblem(value, kMaxSpecValueLength);
    if (!text.isEmpty() || param.regex.isEmpty())
        return text;
    const QRegularExpression regex(param.regex);
    if (!regex.isValid() || regex.match(value).hasMatch())
        return {};
    return param.description.isEmpty() ? tr("Expected a value matching %1.").arg(param.regex)
                                       : tr("Expected: %1 (a value matching %2).").arg(param.description, param.regex);
}

QList<TemplateParamProblem> TemplateParams::check(const Template &tmpl, const JobItem &item)
{
    QList<TemplateParamProblem> problems;
    for (const TemplateParam &p : tmpl.params) {
        const QString value = item.spec.value(p.name, p.defaultValue);
        const QString text = problem(p, value);
        if (!text.isEmpty())
            problems.append(TemplateParamProblem{p.name, value, p.regex, text});
    }
    return problems;
}

bool TemplateParams::fitsFlavor(const QString &templateFlavor, const QString &serverFlavor)
{
    const QString wanted = templateFlavor.trimmed().toUpper();
    if (wanted.isEmpty() || wanted.endsWith(QLatin1String("GENERIC")) || serverFlavor.trimmed().isEmpty())
        return true;
    QString family = serverFlavor.trimmed().section(QLatin1Char('.'), 0, 0).toUpper();
    family.replace(QLatin1Char('-'), QLatin1Char('_'));
    return family == wanted;
}

} // namespace liteops
