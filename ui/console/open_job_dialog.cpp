// SPDX-License-Identifier: Apache-2.0
#include "open_job_dialog.h"

#include "app_settings.h"
#include "job_id_kind.h"
#include "request_path.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace liteops::ui {

QString OpenJobDialog::providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::ModelArts: return tr("ModelArts Lite Server");
    case Provider::ServiceStage: return tr("ServiceStage");
    case Provider::Ief: return tr("IEF batch job");
    }
    return {};
}

OpenJobDialog::OpenJobDialog(QWidget *parent)
    : QDialog(parent), m_service(new QComboBox(this)), m_id(new QLineEdit(this)), m_instance(new QLineEdit(this)),
      m_instanceLabel(new QLabel(tr("IEF &instance id:"), this)), m_problem(new QLabel(this)),
      m_recent(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Job by Id"));
    m_service->setObjectName(QStringLiteral("serviceCombo"));
    m_id->setObjectName(QStringLiteral("jobIdEdit"));
    m_instance->setObjectName(QStringLiteral("instanceIdEdit"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    for (Provider p : {Provider::ModelArts, Provider::ServiceStage, Provider::Ief})
        m_service->addItem(providerDisplayName(p), int(p));
    const int lastService = m_service->findData(int(AppSettings().openJobService()));
    m_service->setCurrentIndex(qMax(0, lastService));
    m_id->setClearButtonEnabled(true);
    m_instance->setPlaceholderText(tr("optional, for platinum edition instances"));
    m_problem->setWordWrap(true);
    m_recent->setAccessibleName(tr("Recently opened jobs"));
    m_recent->setObjectName(QStringLiteral("recentList"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("Job &id:"), m_id);
    form->addRow(m_instanceLabel, m_instance);
    m_instanceLabel->setBuddy(m_instance);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *recentLabel = new QLabel(tr("&Recent:"), this);
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addWidget(m_buttons);

    const QList<JobRef> recent = recentJobs();
    for (const JobRef &ref : recent) {
        QString text = QStringLiteral("%1 — %2").arg(ref.id, providerDisplayName(ref.provider));
        if (!ref.iefInstanceId.isEmpty())
            text += tr(" (instance %1)").arg(ref.iefInstanceId);
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, int(ref.provider));
        item->setData(Qt::UserRole + 1, ref.id);
        item->setData(Qt::UserRole + 2, ref.iefInstanceId);
    }
    if (recent.isEmpty())
        new QListWidgetItem(tr("Jobs you open appear here."), m_recent);

    auto fromItem = [this](QListWidgetItem *item) {
        if (!item || item->data(Qt::UserRole + 1).toString().isEmpty())
            return false;
        setJobRef({Provider(item->data(Qt::UserRole).toInt()), item->data(Qt::UserRole + 1).toString(),
                   item->data(Qt::UserRole + 2).toString()});
        return true;
    };
    connect(m_recent, &QListWidget::currentItemChanged, this, [fromItem](QListWidgetItem *i) { fromItem(i); });
    connect(m_recent, &QListWidget::itemActivated, this, [this, fromItem](QListWidgetItem *i) {
        if (fromItem(i))
            accept();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &OpenJobDialog::onServiceChanged);
    connect(m_id, &QLineEdit::textChanged, this, &OpenJobDialog::recogniseService);
    connect(m_id, &QLineEdit::textChanged, this, &OpenJobDialog::validate);
    connect(m_instance, &QLineEdit::textChanged, this, &OpenJobDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenJobDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenJobDialog::reject);
    onServiceChanged();
    m_problem->clear(); // no complaint before the user typed anything
    resize(520, 380);
}

void OpenJobDialog::addSandboxSamples(const QList<std::pair<JobRef, QString>> &samples)
{
    if (samples.isEmpty())
        return;
    // The placeholder line goes: there is something to open now.
    for (int i = m_recent->count() - 1; i >= 0; --i) {
        if (m_recent->item(i)->data(Qt::UserRole + 1).toString().isEmpty())
            delete m_recent->takeItem(i);
    }
    const QList<JobRef> recent = recentJobs();
    for (const auto &[ref, description] : samples) {
        if (recent.contains(ref))
            continue;
        QString text = tr("%1 — %2 (sandbox sample)").arg(ref.id, providerDisplayName(ref.provider));
        if (!description.isEmpty())
            text += QStringLiteral(": ") + description;
        auto *item = new QListWidgetItem(text, m_recent);
        item->setData(Qt::UserRole, int(ref.provider));
        item->setData(Qt::UserRole + 1, ref.id);
        item->setData(Qt::UserRole + 2, ref.iefInstanceId);
        item->setToolTip(tr("A job of the local sandbox: ServiceStage and IEF have no list "
                            "call, so their ids are offered here."));
    }
}

JobRef OpenJobDialog::jobRef() const
{
    JobRef ref;
    ref.provider = Provider(m_service->currentData().toInt());
    ref.id = m_id->text().trimmed();
    if (ref.provider == Provider::Ief)
        ref.iefInstanceId = m_instance->text().trimmed();
    return ref;
}

void OpenJobDialog::setJobRef(const JobRef &ref)
{
    m_service->setCurrentIndex(m_service->findData(int(ref.provider)));
    m_id->setText(ref.id);
    m_instance->setText(ref.iefInstanceId);
}

void OpenJobDialog::onServiceChanged()
{
    const Provider provider = Provider(m_service->currentData().toInt());
    m_id->setPlaceholderText(tr("e.g. %1").arg(exampleJobId(provider)));
    if (provider != Provider::ServiceStage)
        m_recognised.clear(); // the user chose another service: the note no longer holds
    validate();
}

void OpenJobDialog::recogniseService()
{
    const std::optional<Provider> owner = providerOfJobId(m_id->text());
    if (!owner)
        m_recognised.clear();
    if (!owner || int(*owner) == m_service->currentData().toInt())
        return;
    m_service->setCurrentIndex(m_service->findData(int(*owner)));
    m_recognised = tr("Recognised a %1 job id: the service was switched to it.").arg(providerDisplayName(*owner));
    validate();
}

void OpenJobDialog::validate()
{
    const bool ief = Provider(m_service->currentData().toInt()) == Provider::Ief;
    m_instance->setEnabled(ief);
    m_instanceLabel->setEnabled(ief);
    QString problem = jobIdProblem(m_id->text());
    if (problem.isEmpty() && ief && !m_instance->text().trimmed().isEmpty())
        if (const QString p = jobIdProblem(m_instance->text()); !p.isEmpty())
            problem = tr("Instance id: %1").arg(p);
    m_problem->setText(problem.isEmpty() ? m_recognised : problem);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

void OpenJobDialog::accept()
{
    // The instance id too: accept() is also reached from a recent entry or Enter, not only
    // from the Open button that validate() disables.
    validate();
    if (!m_buttons->button(QDialogButtonBox::Open)->isEnabled())
        return;
    // Not rememberJob() here: the id joins Recent once the job has opened.
    AppSettings().setOpenJobService(Provider(m_service->currentData().toInt()));
    QDialog::accept();
}

QList<JobRef> OpenJobDialog::recentJobs()
{
    QList<JobRef> out;
    for (const RecentJob &job : AppSettings().recentJobs()) {
        if (jobIdProblem(job.id).isEmpty())
            out << JobRef{job.provider, job.id, job.iefInstanceId};
    }
    return out;
}

void OpenJobDialog::rememberJob(const JobRef &ref)
{
    QList<JobRef> list = recentJobs();
    list.removeAll(ref);
    list.prepend(ref);
    while (list.size() > 15)
        list.removeLast();
    QList<RecentJob> stored;
    for (const JobRef &job : list)
        stored << RecentJob{job.provider, job.id, job.iefInstanceId};
    AppSettings().setRecentJobs(stored);
}

} // namespace liteops::ui
