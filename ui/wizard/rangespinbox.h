#pragma once
// A QSpinBox that refuses out-of-range input visibly. A plain QSpinBox with the range 1-50
// drops the "0" of a typed "80" and keeps 8 without a word; this one lets "80" stand while
// it is being typed, says that it is refused (refusal()), and once editing ends and the
// spin box goes back to its previous value, still says so until the value changes.
#include <QSpinBox>

#include <optional>

namespace liteops::ui {

class RangeSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    // What was refused and why (translated), or empty.
    QString refusal() const { return m_refusal; }
    // True while the text shown is the refused number (editing has not ended yet).
    bool showsRefusedText() const { return m_showingRefused; }

    QValidator::State validate(QString &input, int &pos) const override;

protected:
    // Where QAbstractSpinBox ends editing (and puts the previous value back).
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void refusalChanged();

private:
    // The number in `text` without prefix and suffix, when it is one.
    std::optional<qlonglong> typedNumber(const QString &text) const;
    void onTextEdited(const QString &text);
    void setRefusal(const QString &refusal, bool showing);
    template <typename Fn>
    void endEditing(Fn &&baseHandler);

    QString m_refusal;
    bool m_showingRefused = false;
    bool m_ending = false; // inside endEditing(): text changes are the spin box's own
};

} // namespace liteops::ui
