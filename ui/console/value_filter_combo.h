// SPDX-License-Identifier: Apache-2.0
#pragma once
// A filter box over the values a list has: "All …" first (the empty value: no filter), then
// the values, sorted. The chosen value stays offered while no row has it, so a refresh never
// drops a filter under the user.
#include <QComboBox>

namespace liteops::ui {

class ValueFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    // `allText` names the unfiltered choice ("All statuses").
    explicit ValueFilterCombo(const QString &allText, QWidget *parent = nullptr);

    // Offers `values` (sorted here) without announcing a change of the chosen value.
    void setValues(QStringList values);
    // The chosen value; empty: any.
    QString value() const { return currentData().toString(); }
    // Chooses `value`, offering it when it is not among the values yet.
    void setValue(const QString &value);
    QStringList values() const;

signals:
    void valueChanged(const QString &value);
};

} // namespace liteops::ui
