#include "rangespinbox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace liteops::ui {

RangeSpinBox::RangeSpinBox(QWidget *parent) : QSpinBox(parent)
{
    connect(lineEdit(), &QLineEdit::textChanged, this, &RangeSpinBox::onTextEdited);
    // A new value (typed in range, or set by the program) ends any refusal.
    connect(this, &QSpinBox::valueChanged, this, [this] { setRefusal({}, false); });
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

QValidator::State RangeSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    // A whole number out of range stays on screen (Intermediate) so that it can be refused
    // in words rather than cut silently.
    if (state == QValidator::Invalid && typedNumber(input))
        return QValidator::Intermediate;
    return state;
}

void RangeSpinBox::onTextEdited(const QString &text)
{
    if (m_ending)
        return;
    const std::optional<qlonglong> n = typedNumber(text);
    if (n && (*n < minimum() || *n > maximum()))
        setRefusal(tr("%1 is refused: the value must be from %2 to %3.").arg(*n).arg(minimum()).arg(maximum()), true);
    else
        setRefusal({}, false); // the user typed something acceptable again
}

template <typename Fn>
void RangeSpinBox::endEditing(Fn &&baseHandler)
{
    const bool refused = m_showingRefused;
    const QString refusal = m_refusal;
    m_ending = true;
    baseHandler();
    m_ending = false;
    // The refused number is gone from the field: keep saying what happened to it.
    if (refused)
        setRefusal(refusal + QLatin1Char(' ') + tr("The value stays %1.").arg(value()), false);
}

void RangeSpinBox::focusOutEvent(QFocusEvent *event)
{
    endEditing([&] { QSpinBox::focusOutEvent(event); });
}

void RangeSpinBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        endEditing([&] { QSpinBox::keyPressEvent(event); });
    else
        QSpinBox::keyPressEvent(event);
}

void RangeSpinBox::setRefusal(const QString &refusal, bool showing)
{
    if (refusal == m_refusal && showing == m_showingRefused)
        return;
    m_refusal = refusal;
    m_showingRefused = showing;
    emit refusalChanged();
}

} // namespace liteops::ui
