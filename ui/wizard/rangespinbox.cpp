// SPDX-License-Identifier: Apache-2.0
#include "rangespinbox.h"

#include <QLineEdit>

namespace liteops::ui {

RangeSpinBox::RangeSpinBox(QWidget *parent) : QSpinBox(parent)
{
    connect(lineEdit(), &QLineEdit::textChanged, this, &RangeSpinBox::onTextEdited);
    // A new value (typed in range, or set by the program) ends any refusal.
    connect(this, &QSpinBox::valueChanged, this, [this] {
        if (!m_refusal.isEmpty()) {
            m_refusal.clear();
            notifyLater();
        }
    });
}

std::optional<qlonglong> RangeSpinBox::typedNumber(const QString &text) const
{
    QString t = text;
    if (t.startsWith(prefix()))
        t.remove(0, prefix().size());
    if (t.endsWith(suffix()))
        t.chop(suffix().size());
    bool ok = false;
    const qlonglong n = locale().toLongLong(t.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return n;
}

bool RangeSpinBox::outOfRange(const QString &text) const
{
    const std::optional<qlonglong> n = typedNumber(text);
    return n && (*n < minimum() || *n > maximum());
}

bool RangeSpinBox::showsRefusedText() const
{
    return outOfRange(lineEdit()->text());
}

QString RangeSpinBox::refusal() const
{
    if (m_refusal.isEmpty() || showsRefusedText())
        return m_refusal;
    // The refused number is gone from the field: keep saying what happened to it.
    return m_refusal + QLatin1Char(' ') + tr("The value stays %1.").arg(value());
}

QValidator::State RangeSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    // A whole number out of range stays on screen (Intermediate) so that it can be refused
    // in words rather than cut silently.
    if (state == QValidator::Invalid && typedNumber(input))
        return QValidator::Intermediate;
    return state;
}

void RangeSpinBox::fixup(QString &input) const
{
    QSpinBox::fixup(input);
    notifyLater(); // the previous value is about to come back (its text set without signals)
}

void RangeSpinBox::onTextEdited(const QString &text)
{
    const std::optional<qlonglong> n = typedNumber(text);
    QString refusal;
    if (outOfRange(text))
        refusal = tr("%1 is refused: the value must be from %2 to %3.").arg(*n).arg(minimum()).arg(maximum());
    if (refusal == m_refusal)
        return;
    m_refusal = refusal;
    notifyLater();
}

void RangeSpinBox::notifyLater() const
{
    QMetaObject::invokeMethod(const_cast<RangeSpinBox *>(this), &RangeSpinBox::refusalChanged, Qt::QueuedConnection);
}

} // namespace liteops::ui
