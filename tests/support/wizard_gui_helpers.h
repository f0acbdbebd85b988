// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers for driving the real wizard widgets offscreen: open a wizard once its lists have
// loaded, find widgets by object name, click Next only when it is enabled.
#include "wizard/createjobwizard.h"
#include "wizardstate.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>
#include <memory>

namespace liteops::wizardtest {

template <typename T>
T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qFatal("no widget named %s", qPrintable(name));
    return w;
}

// Without a translation loaded, tr("%n server(s)") keeps its "(s)"; tests read plurals the
// same way whether or not the English plural forms are installed.
inline QString plain(QString text)
{
    return text.replace(QLatin1String("(s)"), QLatin1String("s"))
        .replace(QLatin1String("1 servers "), QLatin1String("1 server "));
}

inline WizardState *stateOf(ui::CreateJobWizard *wizard)
{
    return wizard->findChild<WizardState *>(QStringLiteral("wizardState"));
}

// A shown wizard on `client` ("test" profile) once its template and server lists have
// loaded. `pollIntervalMs` > 0 sets how often it polls the jobs it submits.
inline std::unique_ptr<ui::CreateJobWizard> openWizard(CloudClient *client, int pollIntervalMs = 0)
{
    using liteops::WizardState;
    auto wizard = std::make_unique<ui::CreateJobWizard>(client, QStringLiteral("test"));
    wizard->show();
    WizardState *state = stateOf(wizard.get());
    if (pollIntervalMs > 0)
        state->setPollIntervalMs(pollIntervalMs);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(state->templatesLoad() == WizardState::Load::Loaded, 20000); }();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(state->serversLoad() == WizardState::Load::Loaded, 20000); }();
    return wizard;
}

inline bool nextEnabled(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(
        wizard->currentPage() && wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

// Clicks Next (or the commit button) like a user; fails the test when it is disabled.
inline bool clickNext(QWizard *wizard)
{
    const int before = wizard->currentId();
    if (!nextEnabled(wizard))
        return false;
    QAbstractButton *next = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                 : QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard->currentId() != before;
}

inline bool chooseType(QWizard *wizard, const QString &type)
{
    auto *list = child<QTreeWidget>(wizard, QStringLiteral("templateList"));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1) == type) {
            list->setCurrentItem(list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

} // namespace liteops::wizardtest
