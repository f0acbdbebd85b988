// SPDX-License-Identifier: Apache-2.0
#pragma once
// A QSpinBox that refuses out-of-range input visibly. A plain QSpinBox with the range 1-50
// drops the "0" of a typed "80" and keeps 8 without a word; this one lets "80" stand while
// it is being typed, says that it is refused (refusal()), and once editing ends and the
// spin box puts its previous value back, still says so until the value changes.
#include <QSpinBox>

#include <optional>

namespace liteops::ui {

class RangeSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    // What was refused and why (translated), or empty. After editing ended, it also says
    // which value stayed.
    QString refusal() const;
    // True while the text shown is a refused number (editing has not ended yet).
    bool showsRefusedText() const;

signals:
    // Emitted from the event loop, never from inside the line edit's own text change (a
    // receiver that reads the spin box there would see it mid-edit).
    void refusalChanged();

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    // Called where QAbstractSpinBox ends an edit it cannot accept (focus out, Return,
    // interpretText()) just before it puts the previous value back.
    void fixup(QString &input) const override;

private:
    // The number in `text` without prefix and suffix, when it is one.
    std::optional<qlonglong> typedNumber(const QString &text) const;
    bool outOfRange(const QString &text) const;
    void onTextEdited(const QString &text);
    void notifyLater() const;

    QString m_refusal; // set by what the user typed, cleared by a new value
};

} // namespace liteops::ui
