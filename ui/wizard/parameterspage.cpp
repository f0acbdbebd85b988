// SPDX-License-Identifier: Apache-2.0
#include "parameterspage.h"

#include "templateparams.h"

#include "core/encode.h"
#include "wizardstate.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace liteops::ui {

namespace {

void setErrorText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    label->setPalette(p);
    label->hide();
    return label;
}

} // namespace

ParametersPage::ParametersPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_content(new QWidget), m_contentLayout(nullptr), m_summary(new QLabel(this))
{
    setTitle(tr("Parameters"));
    setSubTitle(tr("Each item of the job with its parameters. Fields are checked as you type."));
    m_contentLayout = new QVBoxLayout(m_content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_content);
    m_summary->setObjectName(QStringLiteral("parametersSummary"));
    m_summary->setWordWrap(true);

    auto *addItem = new QPushButton(tr("Add custom item"), this);
    addItem->setObjectName(QStringLiteral("addRawItemButton"));
    connect(addItem, &QPushButton::clicked, this, [this]() {
        addRawItem(JobItem{QStringLiteral("COMMON"), {}});
        onEdited();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(addItem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
}

void ParametersPage::initializePage()
{
    rebuild();
}

void ParametersPage::rebuild()
{
    m_building = true;
    // Old editors go with their container.
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_fields.clear();
    m_raw.clear();

    const QList<JobItem> items = m_state->items();
    const std::optional<Template> &tmpl = m_state->chosenTemplate();
    m_templateBound = tmpl && !tmpl->params.isEmpty() && !items.isEmpty() && items.first().type == tmpl->type;
    int firstRaw = 0;
    if (m_templateBound) {
        firstRaw = 1;
        m_templateItem = items.first();
        addTemplateItem(*tmpl);
    }
    for (qsizetype i = firstRaw; i < items.size(); ++i)
        addRawItem(items.at(i));
    if (items.isEmpty())
        addRawItem(JobItem{m_state->jobType().isEmpty() ? QStringLiteral("COMMON") : m_state->jobType(), {}});
    m_contentLayout->addStretch(1);
    m_building = false;
    onEdited();
}

void ParametersPage::addTemplateItem(const Template &tmpl)
{
    auto *box = new QGroupBox(tr("%1 (from the template)").arg(tmpl.type), m_content);
    box->setObjectName(QStringLiteral("templateItem"));
    auto *form = new QFormLayout(box);
    // Params the template does not show are sent all the same: listed below the others.
    auto *hidden = new QGroupBox(tr("Set by the template"), box);
    hidden->setObjectName(QStringLiteral("templateHiddenParams"));
    auto *hiddenForm = new QFormLayout(hidden);
    auto *note = new QLabel(tr("The template does not show these parameters (or does not list them), but "
                               "they are sent with the job with these values."),
                            hidden);
    note->setObjectName(QStringLiteral("templateHiddenNote"));
    note->setWordWrap(true);
    hiddenForm->addRow(note);
    for (const TemplateParam &p : tmpl.params) {
        QFormLayout *target = p.visible ? form : hiddenForm;
        ParamField f = paramField(p, target->parentWidget(), p.visible);
        m_fields.append(f);
        target->addRow(p.name, f.edit->parentWidget());
    }
    // Keys the item carries that the template does not list (a rerun or a restored draft):
    // sent as well, so shown as well.
    for (auto it = m_templateItem.spec.cbegin(); it != m_templateItem.spec.cend(); ++it) {
        const bool listed = std::any_of(tmpl.params.cbegin(), tmpl.params.cend(),
                                        [&](const TemplateParam &p) { return p.name == it.key(); });
        if (listed)
            continue;
        auto *extra = new QLineEdit(it.value(), hidden);
        extra->setObjectName(QStringLiteral("extraParam_") + it.key());
        extra->setReadOnly(true);
        extra->setToolTip(tr("Not a parameter of the template; kept from the job this one started from."));
        hiddenForm->addRow(it.key(), extra);
    }
    hidden->setVisible(hiddenForm->rowCount() > 1);
    form->addRow(hidden);
    m_contentLayout->addWidget(box);
}

// One parameter's field with its description and error line, in a cell of `box`.
ParametersPage::ParamField ParametersPage::paramField(const TemplateParam &p, QWidget *box, bool editable)
{
    ParamField f;
    f.param = p;
    if (!p.regex.isEmpty())
        f.regex = QRegularExpression(p.regex);
    auto *cell = new QWidget(box);
    f.edit = new QLineEdit(cell);
    f.edit->setObjectName(QStringLiteral("param_") + p.name);
    f.edit->setText(m_templateItem.spec.value(p.name, p.defaultValue));
    f.edit->setPlaceholderText(p.defaultValue);
    f.edit->setToolTip(p.description);
    f.edit->setReadOnly(!editable);
    f.error = errorLabel(cell, QStringLiteral("paramError_") + p.name);
    if (editable)
        connect(f.edit, &QLineEdit::textChanged, this, &ParametersPage::onEdited);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(f.edit);
    if (!p.description.isEmpty()) {
        auto *hint = new QLabel(p.description, cell);
        hint->setWordWrap(true);
        hint->setEnabled(false); // a quieter colour
        cellLayout->addWidget(hint);
    }
    cellLayout->addWidget(f.error);
    return f;
}

void ParametersPage::addRawItem(const JobItem &item)
{
    const int index = int(m_raw.size());
    RawItem raw;
    raw.box = new QGroupBox(tr("Item %1").arg(index + 1 + (m_templateBound ? 1 : 0)), m_content);
    raw.box->setObjectName(QStringLiteral("rawItem_%1").arg(index));
    raw.type = new QLineEdit(item.type, raw.box);
    raw.type->setObjectName(QStringLiteral("rawItemType_%1").arg(index));
    raw.table = new QTableWidget(0, 2, raw.box);
    raw.table->setObjectName(QStringLiteral("rawItemTable_%1").arg(index));
    raw.table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    raw.table->horizontalHeader()->setStretchLastSection(true);
    raw.table->verticalHeader()->hide();
    raw.table->setMinimumHeight(raw.table->fontMetrics().height() * 7);
    for (auto it = item.spec.cbegin(); it != item.spec.cend(); ++it)
        addRow(raw.table, it.key(), it.value());
    raw.error = errorLabel(raw.box, QStringLiteral("rawItemError_%1").arg(index));

    auto *addRowButton = new QPushButton(tr("Add parameter"), raw.box);
    addRowButton->setObjectName(QStringLiteral("rawItemAddRow_%1").arg(index));
    QTableWidget *table = raw.table;
    connect(addRowButton, &QPushButton::clicked, this, [this, table]() {
        addRow(table, {}, {});
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    auto *removeRowButton = new QPushButton(tr("Remove parameter"), raw.box);
    connect(removeRowButton, &QPushButton::clicked, this, [this, table]() {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            onEdited();
        }
    });
    auto *removeItem = new QPushButton(tr("Remove item"), raw.box);
    removeItem->setObjectName(QStringLiteral("rawItemRemove_%1").arg(index));
    connect(removeItem, &QPushButton::clicked, this, [this, index]() {
        QList<JobItem> items = collect();
        const int at = index + (m_templateBound ? 1 : 0);
        if (at < items.size())
            items.removeAt(at);
        m_state->setItems(items);
        rebuild();
    });

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(new QLabel(tr("Type:"), raw.box));
    typeRow->addWidget(raw.type, 1);
    typeRow->addWidget(removeItem);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(addRowButton);
    rowButtons->addWidget(removeRowButton);
    rowButtons->addStretch(1);
    auto *layout = new QVBoxLayout(raw.box);
    layout->addLayout(typeRow);
    layout->addWidget(raw.table);
    layout->addLayout(rowButtons);
    layout->addWidget(raw.error);

    connect(raw.type, &QLineEdit::textChanged, this, &ParametersPage::onEdited);
    connect(raw.table, &QTableWidget::itemChanged, this, &ParametersPage::onEdited);
    // Before the stretch at the end, if there is one.
    const int at = m_contentLayout->count() > 0 && m_contentLayout->itemAt(m_contentLayout->count() - 1)->spacerItem()
                       ? m_contentLayout->count() - 1
                       : m_contentLayout->count();
    m_contentLayout->insertWidget(at, raw.box);
    m_raw.append(raw);
}

void ParametersPage::addRow(QTableWidget *table, const QString &key, const QString &value)
{
    const bool blocked = table->blockSignals(true);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(key));
    table->setItem(row, 1, new QTableWidgetItem(value));
    table->blockSignals(blocked);
}

QList<JobItem> ParametersPage::collect()
{
    m_problems.clear();
    QList<JobItem> items;
    if (m_templateBound) {
        JobItem item = m_templateItem;
        for (ParamField &f : m_fields) {
            const QString value = f.edit->text();
            item.spec.insert(f.param.name, value);
            // Free-text rules, then the template's regex (shared with liteops-cli).
            const QString problem = TemplateParams::problem(f.param, value);
            if (f.error)
                setErrorText(f.error, problem);
            if (!problem.isEmpty())
                m_problems << QStringLiteral("%1: %2").arg(f.param.name, problem);
        }
        items.append(item);
    }
    for (RawItem &raw : m_raw) {
        JobItem item;
        item.type = raw.type->text().trimmed();
        QStringList problems;
        if (!isValidJobNameOrType(item.type))
            problems << tr("The type must be 1 to 64 letters, digits, '-', '_' or '.'.");
        QSet<QString> keys;
        for (int row = 0; row < raw.table->rowCount(); ++row) {
            const QString key = raw.table->item(row, 0) ? raw.table->item(row, 0)->text().trimmed() : QString();
            const QString value = raw.table->item(row, 1) ? raw.table->item(row, 1)->text() : QString();
            if (key.isEmpty() && value.isEmpty())
                continue; // an empty row the user has not filled in yet
            if (key.isEmpty()) {
                problems << tr("Row %1 has a value but no key.").arg(row + 1);
                continue;
            }
            if (keys.contains(key)) {
                problems << tr("The key \"%1\" appears more than once.").arg(key);
                continue;
            }
            // Keys and values go to the servers as typed: the same free-text rules as the
            // template's fields (the key is not echoed, it may be what is unreadable).
            if (const QString p = freeTextProblem(key, kMaxSpecKeyLength); !p.isEmpty()) {
                problems << tr("Row %1, key: %2").arg(row + 1).arg(p);
                continue;
            }
            if (const QString p = freeTextProblem(value, kMaxSpecValueLength); !p.isEmpty())
                problems << tr("Row %1, value of \"%2\": %3").arg(row + 1).arg(key, p);
            keys.insert(key);
            item.spec.insert(key, value);
        }
        setErrorText(raw.error, problems.join(QLatin1Char('\n')));
        for (const QString &p : std::as_const(problems))
            m_problems << QStringLiteral("%1: %2").arg(raw.box->title(), p);
        items.append(item);
    }
    if (items.isEmpty())
        m_problems << tr("A job needs at least one item.");
    return items;
}

void ParametersPage::onEdited()
{
    if (m_building)
        return;
    const QList<JobItem> items = collect();
    m_state->setItems(items);
    m_summary->setText(m_problems.isEmpty()
                           ? tr("%n item(s), all valid.", nullptr, int(items.size()))
                           : tr("%n problem(s) to fix before going on.", nullptr, int(m_problems.size())));
    emit completeChanged();
}

bool ParametersPage::isComplete() const
{
    return m_problems.isEmpty();
}

} // namespace liteops::ui
