// SPDX-License-Identifier: Apache-2.0
#include "value_filter_combo.h"

namespace liteops::ui {

ValueFilterCombo::ValueFilterCombo(const QString &allText, QWidget *parent) : QComboBox(parent)
{
    addItem(allText, QString());
    // Long values show in the popup, not in the bar's width.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit valueChanged(value()); });
}

QStringList ValueFilterCombo::values() const
{
    QStringList out;
    for (int i = 1; i < count(); ++i)
        out << itemData(i).toString();
    return out;
}

void ValueFilterCombo::setValues(QStringList values)
{
    const QString chosen = value();
    if (!chosen.isEmpty() && !values.contains(chosen))
        values << chosen;
    values.sort(Qt::CaseInsensitive);
    if (values == this->values())
        return;
    const QSignalBlocker block(this);
    while (count() > 1)
        removeItem(1);
    for (const QString &v : std::as_const(values))
        addItem(v, v);
    setCurrentIndex(qMax(0, findData(chosen)));
}

void ValueFilterCombo::setValue(const QString &value)
{
    // A value no row has yet (a filter restored before the list arrives) is offered anyway.
    if (!value.isEmpty() && findData(value) < 0) {
        const QSignalBlocker block(this);
        QStringList all = values();
        all << value;
        all.sort(Qt::CaseInsensitive);
        insertItem(int(all.indexOf(value)) + 1, value, value);
    }
    setCurrentIndex(qMax(0, findData(value)));
}

} // namespace liteops::ui
