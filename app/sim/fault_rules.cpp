// SPDX-License-Identifier: Apache-2.0
#include "fault_rules.h"

#include "seeded_random.h"

#include <QCoreApplication>
#include <QStringList>

namespace liteops::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("liteops::sim::FaultSet", text);
}

std::optional<FaultKind> kindFromWord(const QString &word)
{
    static const struct
    {
        const char *name;
        FaultKind kind;
    } kinds[] = {
        {"latency", FaultKind::Latency},
        {"status", FaultKind::Status},
        {"throttle", FaultKind::Throttle},
        {"html", FaultKind::Html},
        {"truncate", FaultKind::Truncate},
        {"malformed", FaultKind::Malformed},
        {"slow", FaultKind::Slow},
        {"ignore-paging", FaultKind::IgnorePaging},
        {"reject-paging", FaultKind::RejectPaging},
    };
    for (const auto &k : kinds) {
        if (word == QLatin1StringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

bool parseFaultSpec(const QString &spec, FaultRule *out, QString *errorMessage)
{
    const QStringList words = spec.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 3)
        return fail(errorMessage, tr("fault \"%1\": expected METHOD PATH-REGEX KIND [ARG] [count=N] [p=F]").arg(spec));

    FaultRule rule;
    rule.spec = spec.simplified();
    rule.method = words[0].toUpper().toLatin1();
    static const QList<QByteArray> methods{"*", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
    if (!methods.contains(rule.method))
        return fail(errorMessage,
                    tr("fault \"%1\": unknown method \"%2\" (use an HTTP method or *)").arg(spec, words[0]));

    rule.path = QRegularExpression(words[1]);
    if (!rule.path.isValid())
        return fail(errorMessage, tr("fault \"%1\": bad PATH-REGEX: %2").arg(spec, rule.path.errorString()));

    const std::optional<FaultKind> kind = kindFromWord(words[2].toLower());
    if (!kind)
        return fail(errorMessage, tr("fault \"%1\": unknown KIND \"%2\" (latency, status, throttle, html, truncate, "
                                     "malformed, slow, ignore-paging, reject-paging)")
                                      .arg(spec, words[2]));
    rule.kind = *kind;

    qsizetype next = 3;
    const bool needsArg = rule.kind == FaultKind::Latency || rule.kind == FaultKind::Status
                          || rule.kind == FaultKind::Html || rule.kind == FaultKind::Slow;
    const bool mayHaveArg = needsArg || rule.kind == FaultKind::Throttle;
    if (rule.kind == FaultKind::Throttle)
        rule.arg = 2; // seconds; the real gateway asks for 2-5 s
    if (mayHaveArg && next < words.size() && !words[next].contains(QLatin1Char('='))) {
        bool ok = false;
        rule.arg = words[next].toInt(&ok);
        if (!ok || rule.arg < 0)
            return fail(errorMessage,
                        tr("fault \"%1\": ARG \"%2\" is not a non-negative whole number").arg(spec, words[next]));
        ++next;
    } else if (needsArg) {
        return fail(errorMessage, tr("fault \"%1\": %2 needs a number").arg(spec, words[2]));
    }
    if ((rule.kind == FaultKind::Status || rule.kind == FaultKind::Html) && (rule.arg < 100 || rule.arg > 599))
        return fail(errorMessage, tr("fault \"%1\": CODE must be an HTTP status between 100 and 599").arg(spec));
    if (rule.kind == FaultKind::Slow && rule.arg < 1)
        return fail(errorMessage, tr("fault \"%1\": BYTES_PER_S must be at least 1").arg(spec));

    for (; next < words.size(); ++next) {
        const QString &w = words[next];
        bool ok = false;
        if (w.startsWith(QLatin1String("count="))) {
            rule.remaining = w.mid(6).toInt(&ok);
            if (!ok || rule.remaining < 1)
                return fail(errorMessage, tr("fault \"%1\": count must be a whole number of at least 1").arg(spec));
        } else if (w.startsWith(QLatin1String("p="))) {
            rule.probability = w.mid(2).toDouble(&ok);
            if (!ok || !(rule.probability > 0.0 && rule.probability <= 1.0))
                return fail(errorMessage, tr("fault \"%1\": p must be a number in (0, 1]").arg(spec));
        } else {
            return fail(errorMessage, tr("fault \"%1\": unexpected \"%2\"").arg(spec, w));
        }
    }
    if (out)
        *out = std::move(rule);
    return true;
}

bool FaultSet::add(const QString &spec, QString *errorMessage)
{
    FaultRule rule;
    if (!parseFaultSpec(spec, &rule, errorMessage))
        return false;
    m_rules.append(std::move(rule));
    return true;
}

double FaultSet::nextUnit()
{
    m_state = mix64(m_state);
    return unitOf(m_state);
}

std::optional<FaultRule> FaultSet::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (rule.method != "*" && rule.method != method)
            continue;
        if (!rule.path.match(path).hasMatch())
            continue;
        if (rule.probability < 1.0 && nextUnit() >= rule.probability)
            continue;
        FaultRule hit = rule;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

} // namespace liteops::sim
