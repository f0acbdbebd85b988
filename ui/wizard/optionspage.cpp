// SPDX-License-Identifier: Apache-2.0
#include "optionspage.h"

#include "core/encode.h"
#include "rangespinbox.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace liteops::ui {

namespace {
constexpr int kMaxWavesInFlight = 20;

// The plan presets: their wave sizes (empty: servers per job), in the combo's order.
const QStringList &presetSizes()
{
    static const QStringList sizes{QString(), QStringLiteral("50"), QStringLiteral("1, 50"),
                                   QStringLiteral("1, 5, 25%, 50")};
    return sizes;
}
QString waveSizesText(const SubmissionPlan &plan)
{
    QStringList sizes;
    for (const CreateJobRequest &r : plan.requests)
        sizes << QString::number(r.serverIds.size());
    if (sizes.size() > 12)
        sizes = sizes.mid(0, 12) << QStringLiteral("…");
    return sizes.join(QLatin1String(", "));
}
} // namespace

OptionsPage::OptionsPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_name(new QLineEdit(this)), m_nameError(new QLabel(this)),
      m_description(new QLineEdit(this)), m_descriptionWarning(new QLabel(this)),
      m_reboot(new QCheckBox(tr("Reboot the servers after the job"), this)), m_serversPerJob(new RangeSpinBox(this)),
      m_wavesInFlight(new RangeSpinBox(this)), m_budgetTasks(new RangeSpinBox(this)),
      m_budgetPercent(new RangeSpinBox(this)), m_pause(new RangeSpinBox(this)), m_planPreset(new QComboBox(this)),
      m_waveSizes(new QLineEdit(this)), m_gate(new QComboBox(this)),
      m_verify(new QCheckBox(tr("&Verify versions after each wave (HDK upgrade)"), this)), m_plan(new QLabel(this)),
      m_problems(new QLabel(this))
{
    setTitle(tr("Options"));
    setSubTitle(tr("Name the job and decide how the servers are sent."));
    QWidget *job = createJobGroup();
    setUpWaveFields();
    QWidget *waves = createWavesGroup();
    layOut(job, waves);
    followEdits();
}

// Name (with Suggest), description, reboot and its explanation.
QWidget *OptionsPage::createJobGroup()
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(200); // longer than allowed, so the message can say it is too long
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_nameError->setWordWrap(true);
    auto *suggest = new QPushButton(tr("Suggest"), this);
    suggest->setObjectName(QStringLiteral("suggestNameButton"));
    connect(suggest, &QPushButton::clicked, this, [this]() { m_name->setText(m_state->suggestedName()); });
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    // No maxLength of kMaxDescriptionLength: it would cut a longer paste silently and send
    // the rest. validateCreateRequest() says "too long" instead (shown under the fields).
    m_descriptionWarning->setObjectName(QStringLiteral("descriptionWarning"));
    m_descriptionWarning->setWordWrap(true);
    m_descriptionWarning->setTextFormat(Qt::PlainText);
    m_descriptionWarning->hide();
    m_reboot->setObjectName(QStringLiteral("rebootCheck"));
    auto *rebootHelp =
        new QLabel(tr("When ticked, each server restarts once its task has finished. Anything running on "
                      "it stops. Needed for a new firmware to take effect."),
                   this);
    rebootHelp->setObjectName(QStringLiteral("rebootExplanation"));
    rebootHelp->setWordWrap(true);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(suggest);
    auto *job = new QGroupBox(tr("Job"), this);
    auto *jobForm = new QFormLayout(job);
    auto *nameLabel = new QLabel(tr("&Name:"), job);
    nameLabel->setBuddy(m_name);
    jobForm->addRow(nameLabel, nameRow);
    jobForm->addRow(QString(), m_nameError);
    jobForm->addRow(tr("&Description:"), m_description);
    jobForm->addRow(QString(), m_descriptionWarning);
    jobForm->addRow(QString(), m_reboot);
    jobForm->addRow(QString(), rebootHelp);
    return job;
}

// Servers per job, the wave plan and sizes, the gate, verification, waves in flight, the
// budget and the pause.
void OptionsPage::setUpWaveFields()
{
    m_serversPerJob->setObjectName(QStringLiteral("serversPerJobSpin"));
    m_serversPerJob->setRange(1, m_state->maxServersPerJob());
    m_serversPerJob->setToolTip(tr("Each job gets at most this many servers; the service "
                                   "accepts at most %1.")
                                    .arg(m_state->maxServersPerJob()));
    m_wavesInFlight->setObjectName(QStringLiteral("wavesInFlightSpin"));
    m_wavesInFlight->setRange(1, kMaxWavesInFlight);
    m_wavesInFlight->setToolTip(tr("How many jobs may run at the same time. A new wave starts "
                                   "when a running one has finished."));
    m_budgetTasks->setObjectName(QStringLiteral("budgetTasksSpin"));
    m_budgetTasks->setRange(0, 100000);
    m_budgetTasks->setSpecialValueText(tr("no limit"));
    m_budgetPercent->setObjectName(QStringLiteral("budgetPercentSpin"));
    m_budgetPercent->setRange(0, 100);
    m_budgetPercent->setSuffix(QStringLiteral(" %"));
    m_budgetPercent->setSpecialValueText(tr("no limit"));
    m_pause->setObjectName(QStringLiteral("pauseSpin"));
    m_pause->setRange(0, 24 * 3600);
    m_pause->setSuffix(tr(" s"));
    m_planPreset->setObjectName(QStringLiteral("wavePlanPreset"));
    m_planPreset->addItem(tr("Servers per job (above)"));
    m_planPreset->addItem(tr("All at once (waves of 50)"));
    m_planPreset->addItem(tr("Canary: 1, then 50s"));
    m_planPreset->addItem(tr("Progressive: 1, 5, 25%, 50"));
    m_planPreset->addItem(tr("Custom"));
    m_waveSizes->setObjectName(QStringLiteral("waveSizesEdit"));
    m_waveSizes->setPlaceholderText(tr("e.g. 1, 5, 25%, 50"));
    m_waveSizes->setToolTip(tr("The size of each wave: a number of servers, or a percentage of all "
                               "the selected servers (rounded down, at least 1). The last size "
                               "repeats until every server is covered; no wave has more than %1.")
                                .arg(m_state->maxServersPerJob()));
    m_gate->setObjectName(QStringLiteral("gateCombo"));
    m_gate->addItem(tr("Never: go on while within the budget"), int(GateMode::None));
    m_gate->addItem(tr("After the first wave"), int(GateMode::AfterFirst));
    m_gate->addItem(tr("After every wave"), int(GateMode::AfterEach));
    m_gate->setToolTip(tr("Wait for you to press Continue (or Stop) once the wave has finished."));
    m_verify->setObjectName(QStringLiteral("verifyCheck"));
    m_verify->setToolTip(tr("After each wave of an HDK upgrade, an HDK query on its succeeded "
                            "servers checks that each reports the requested driver; a server "
                            "that does not counts against the budget like a failed task."));
    m_plan->setObjectName(QStringLiteral("planSummary"));
    m_plan->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("requestProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
}

QWidget *OptionsPage::createWavesGroup()
{
    auto *waves = new QGroupBox(tr("Waves"), this);
    auto *wavesForm = new QFormLayout(waves);
    wavesForm->addRow(tr("&Servers per job:"), m_serversPerJob);
    wavesForm->addRow(tr("Wave &plan:"), m_planPreset);
    wavesForm->addRow(tr("Wave si&zes:"), m_waveSizes);
    wavesForm->addRow(tr("Pause for &approval:"), m_gate);
    wavesForm->addRow(QString(), m_verify);
    wavesForm->addRow(tr("Waves &in flight:"), m_wavesInFlight);
    auto *budget = new QHBoxLayout;
    budget->addWidget(new QLabel(tr("after"), this));
    budget->addWidget(m_budgetTasks);
    budget->addWidget(new QLabel(tr("failed tasks, or"), this));
    budget->addWidget(m_budgetPercent);
    budget->addWidget(new QLabel(tr("of the servers"), this));
    budget->addStretch(1);
    auto *budgetLabel = new QLabel(tr("Stop &sending"), waves);
    budgetLabel->setBuddy(m_budgetTasks);
    wavesForm->addRow(budgetLabel, budget);
    wavesForm->addRow(tr("&Pause between waves:"), m_pause);
    wavesForm->addRow(QString(), m_plan);
    return waves;
}

void OptionsPage::layOut(QWidget *job, QWidget *waves)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(job);
    layout->addWidget(waves);
    layout->addWidget(m_problems);
    layout->addStretch(1);
}

// Every edit goes to the state (update()); a restored draft comes back into the fields.
void OptionsPage::followEdits()
{
    connect(m_name, &QLineEdit::textChanged, this, &OptionsPage::update);
    connect(m_description, &QLineEdit::textChanged, this, &OptionsPage::update);
    connect(m_reboot, &QCheckBox::toggled, this, &OptionsPage::update);
    connect(m_verify, &QCheckBox::toggled, this, &OptionsPage::update);
    connect(m_gate, &QComboBox::currentIndexChanged, this, &OptionsPage::update);
    connect(m_waveSizes, &QLineEdit::textChanged, this, &OptionsPage::update);
    connect(m_planPreset, &QComboBox::activated, this, [this](int index) {
        if (index < presetSizes().size())
            m_waveSizes->setText(presetSizes().at(index)); // update() follows
    });
    // Named for the refusal messages ("Servers per job: 80 is refused…").
    m_serversPerJob->setAccessibleName(tr("Servers per job"));
    m_wavesInFlight->setAccessibleName(tr("Waves in flight"));
    m_budgetTasks->setAccessibleName(tr("Failed tasks budget"));
    m_budgetPercent->setAccessibleName(tr("Failed servers budget (%)"));
    m_pause->setAccessibleName(tr("Pause between waves"));
    for (RangeSpinBox *spin : {m_serversPerJob, m_wavesInFlight, m_budgetTasks, m_budgetPercent, m_pause}) {
        connect(spin, &QSpinBox::valueChanged, this, &OptionsPage::update);
        connect(spin, &RangeSpinBox::refusalChanged, this, &OptionsPage::update);
    }
    connect(m_state, &WizardState::draftRestored, this, &OptionsPage::load);
}

void OptionsPage::initializePage()
{
    if (m_state->name().isEmpty())
        m_state->setName(m_state->suggestedName());
    load();
}

void OptionsPage::load()
{
    m_loading = true;
    m_name->setText(m_state->name());
    m_description->setText(m_state->description());
    m_reboot->setChecked(m_state->isReboot());
    m_serversPerJob->setValue(m_state->serversPerJob());
    m_wavesInFlight->setValue(m_state->wavesInFlight());
    m_budgetTasks->setValue(m_state->budgetFailedTasks());
    m_budgetPercent->setValue(m_state->budgetFailedPercent());
    m_pause->setValue(m_state->pauseSeconds());
    m_waveSizes->setText(m_state->waveSizes());
    m_gate->setCurrentIndex(std::max(0, m_gate->findData(int(m_state->gate()))));
    m_verify->setChecked(m_state->verify());
    m_loading = false;
    update();
}

void OptionsPage::update()
{
    if (m_loading)
        return;
    m_state->setName(m_name->text());
    m_state->setDescription(m_description->text());
    m_state->setReboot(m_reboot->isChecked());
    m_state->setServersPerJob(m_serversPerJob->value());
    m_state->setWavesInFlight(m_wavesInFlight->value());
    m_state->setBudgetFailedTasks(m_budgetTasks->value());
    m_state->setBudgetFailedPercent(m_budgetPercent->value());
    m_state->setPauseSeconds(m_pause->value());
    m_state->setWaveSizes(m_waveSizes->text().trimmed());
    m_state->setGate(GateMode(m_gate->currentData().toInt()));
    m_state->setVerify(m_verify->isChecked());
    // The preset that matches the sizes, else Custom.
    {
        QString canonical = m_waveSizes->text().trimmed();
        if (const std::optional<WavePlan> p = WavePlan::parse(canonical); p && !canonical.isEmpty())
            canonical = p->toString();
        const qsizetype preset = presetSizes().indexOf(canonical);
        m_planPreset->setCurrentIndex(preset >= 0 ? int(preset) : int(presetSizes().size()));
    }
    m_serversPerJob->setEnabled(m_waveSizes->text().trimmed().isEmpty());

    const QString name = m_name->text();
    QString nameProblem;
    if (name.isEmpty())
        nameProblem = tr("Enter a name.");
    else if (name.size() > 64)
        nameProblem = tr("The name is %1 characters long; at most 64 are allowed.").arg(name.size());
    else if (!isValidJobNameOrType(name))
        nameProblem = tr("Use only letters A-Z and a-z, digits, '-', '_' and '.' (no spaces).");
    m_nameError->setText(nameProblem);
    m_nameError->setVisible(!nameProblem.isEmpty());
    // A warning, not a problem: the page stays complete.
    const QString descriptionWarning = descriptionSdkRuleWarning(m_description->text());
    m_descriptionWarning->setText(descriptionWarning);
    m_descriptionWarning->setVisible(!descriptionWarning.isEmpty());

    const SubmissionPlan plan = m_state->plan();
    const qsizetype waves = plan.waveCount();
    m_plan->setText(
        tr("%n server(s)", nullptr, int(plan.serverCount())) + QStringLiteral(" → ")
        + tr("%n job(s), one per wave", nullptr, int(waves))
        + (waves > 1 ? tr(", named %1 … %2").arg(plan.requests.first().name, plan.requests.last().name) : QString())
        + (waves > 1 ? QLatin1Char('\n') + tr("Wave sizes: %1").arg(waveSizesText(plan)) : QString()));

    // Numbers typed out of range: refused in words, and Next waits while one is on screen.
    QStringList refusals;
    bool refusedOnScreen = false;
    for (const RangeSpinBox *spin : {m_serversPerJob, m_wavesInFlight, m_budgetTasks, m_budgetPercent, m_pause}) {
        if (!spin->refusal().isEmpty())
            refusals << spin->accessibleName() + QLatin1String(": ") + spin->refusal();
        refusedOnScreen = refusedOnScreen || spin->showsRefusedText();
    }
    QStringList problems;
    // Everything the service would refuse, checked on every request of the plan.
    QString sizesProblem;
    if (!m_state->wavePlan(&sizesProblem))
        problems << sizesProblem;
    for (const CreateJobRequest &r : plan.requests) {
        for (const ValidationProblem &p : validateCreateRequest(r)) {
            if (p.field == QLatin1String("name") && !nameProblem.isEmpty())
                continue; // already said next to the field
            const QString line = p.field + QLatin1String(": ") + p.message;
            if (!problems.contains(line))
                problems << line;
        }
    }
    // A refusal already undone (the old value is back) stays as a note; it blocks nothing.
    const QStringList shown = refusals + problems;
    m_problems->setText(shown.join(QLatin1Char('\n')));
    m_problems->setVisible(!shown.isEmpty());
    m_valid = nameProblem.isEmpty() && problems.isEmpty() && !refusedOnScreen;
    emit completeChanged();
}

bool OptionsPage::isComplete() const
{
    return m_valid;
}

} // namespace liteops::ui
