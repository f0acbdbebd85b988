// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 3: the job's items and their spec maps. A template's params become typed fields with
// their defaults, checked live against the param's regex with a message saying what is
// expected. Params the template marks visible "false" are sent too, so they are shown as
// well, read-only under "Set by the template", with a note: nothing goes into the request
// that the user never saw. Any other item gets a raw key/value editor. Next stays disabled
// while anything is invalid.
#include "core/types.h"

#include <QList>
#include <QRegularExpression>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;
class QVBoxLayout;
class QGroupBox;

namespace liteops {
class WizardState;
}

namespace liteops::ui {

class ParametersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ParametersPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Every current problem, one per line (empty when the items are valid).
    QStringList problems() const { return m_problems; }

private:
    struct ParamField
    {
        TemplateParam param;
        QLineEdit *edit = nullptr; // read-only for params the template does not show
        QLabel *error = nullptr;
        QRegularExpression regex;
    };
    struct RawItem
    {
        QGroupBox *box = nullptr;
        QLineEdit *type = nullptr;
        QTableWidget *table = nullptr;
        QLabel *error = nullptr;
    };

    void rebuild();
    void addTemplateItem(const Template &tmpl);
    ParamField paramField(const TemplateParam &p, QWidget *box, bool editable);
    void addRawItem(const JobItem &item);
    void addRow(QTableWidget *table, const QString &key, const QString &value);
    void onEdited();
    QList<JobItem> collect();

    WizardState *m_state;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    QLabel *m_summary;
    bool m_templateBound = false; // items[0] is edited through the template's fields
    JobItem m_templateItem;       // its type and any spec keys the template does not list
    QList<ParamField> m_fields;
    QList<RawItem> m_raw;
    QStringList m_problems;
    bool m_building = false;
};

} // namespace liteops::ui
