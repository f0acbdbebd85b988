// SPDX-License-Identifier: Apache-2.0
#pragma once
// Page 2: the target servers. A filterable table (search; status, flavor and category
// filters; select all visible), warnings that name the servers that are not RUNNING (with
// "Remove these") and those of another flavor than the template's, and a paste box and file
// import (ids, names or private IPs) resolved against the fleet, with unknown entries and
// duplicates reported.
#include <QWizardPage>

class QComboBox;
class QLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace liteops {
class ServerFilterProxy;
class WizardState;
} // namespace liteops

namespace liteops::ui {

class TargetsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetsPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Adds the servers named in the text (CSV, or one id or name per line); reports unknown
    // entries and duplicates. Returns false when nothing could be resolved.
    bool addEntries(const QString &text);
    // Reads a file (at most 16 MiB) and adds its entries; errors go to the report label.
    bool importFile(const QString &path);

private:
    // The constructor's steps, in order.
    void setUpLoadStatus();
    void setUpFilters();
    void setUpTable();
    QLayout *createSelectionBar(); // select/clear buttons and the selected count
    QWidget *createPasteGroup();   // the paste box, import and their report
    void layOut(QLayout *selectionBar, QWidget *pasteGroup);
    void followState(); // refresh on server loads and selection changes

    void updateLoadStatus();
    void updateFilters();
    void updateSelectionInfo();
    QStringList selectionWarnings() const;

    WizardState *m_state;
    ServerFilterProxy *m_proxy;
    QLabel *m_loadStatus;
    QPushButton *m_retry;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_flavor;
    QComboBox *m_category;
    QTableView *m_table;
    QLabel *m_selectedCount;
    QLabel *m_warning;
    QPushButton *m_removeNotRunning;
    QPlainTextEdit *m_paste;
    QLabel *m_report;
};

} // namespace liteops::ui
