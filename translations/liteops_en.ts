<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CloudError</name>
    <message numerus="yes">
        <location filename="../app/cloud/cloud_error.cpp" line="+98"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetJobs</name>
    <message numerus="yes">
        <location filename="../app/submit/fleet_jobs.cpp" line="+102"/>
        <source>Query the driver and firmware versions of %n server(s) (%1)?</source>
        <translation>
            <numerusform>Query the driver and firmware versions of %n server (%1)?</numerusform>
            <numerusform>Query the driver and firmware versions of %n servers (%1)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiteOpsCli</name>
    <message numerus="yes">
        <location filename="../app/cli/cli_submit.cpp" line="+325"/>
        <source>%1: creating the job (%n server(s))</source>
        <translation>
            <numerusform>%1: creating the job (%n server)</numerusform>
            <numerusform>%1: creating the job (%n servers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source># wave %1 of %2: %n server(s), nothing sent</source>
        <translation>
            <numerusform># wave %1 of %2: %n server, nothing sent</numerusform>
            <numerusform># wave %1 of %2: %n servers, nothing sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Created job %1 (%2) with %n server(s)</source>
        <translation>
            <numerusform>Created job %1 (%2) with %n server</numerusform>
            <numerusform>Created job %1 (%2) with %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Submission %1: %n wave(s), %2 servers (history: %3)</source>
        <translation>
            <numerusform>Submission %1: %n wave, %2 servers (history: %3)</numerusform>
            <numerusform>Submission %1: %n waves, %2 servers (history: %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Submission %1: %n job(s) created.</source>
        <translation>
            <numerusform>Submission %1: %n job created.</numerusform>
            <numerusform>Submission %1: %n jobs created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>  wave %1/%2 %3 (job %4): %n failed server(s): %5</source>
        <translation>
            <numerusform>  wave %1/%2 %3 (job %4): %n failed server: %5</numerusform>
            <numerusform>  wave %1/%2 %3 (job %4): %n failed servers: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>  wave %1/%2 %3: %n server(s) not on the requested driver: %4</source>
        <translation>
            <numerusform>  wave %1/%2 %3: %n server not on the requested driver: %4</numerusform>
            <numerusform>  wave %1/%2 %3: %n servers not on the requested driver: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>note: %n entry(ies) name a server already listed, ignored: %1</source>
        <translation>
            <numerusform>note: %n entry names a server already listed, ignored: %1</numerusform>
            <numerusform>note: %n entries name a server already listed, ignored: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Rerun of job %1 (%2): %n server(s)</source>
        <translation>
            <numerusform>Rerun of job %1 (%2): %n server</numerusform>
            <numerusform>Rerun of job %1 (%2): %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_runner.cpp" line="+140"/>
        <source>%n jobs are named %1; give one of their ids:</source>
        <translation>
            <numerusform>%n jobs are named %1; give one of their ids:</numerusform>
            <numerusform>%n jobs are named %1; give one of their ids:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_cache.cpp" line="+180"/>
        <source>Fetched %n finished job detail(s).</source>
        <translation>
            <numerusform>Fetched %n finished job detail.</numerusform>
            <numerusform>Fetched %n finished job details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli_servers.cpp" line="+114"/>
        <source>%n server(s) with an unknown outcome: check their status before acting again (not re-sent).</source>
        <translation>
            <numerusform>%n server with an unknown outcome: check its status before acting again (not re-sent).</numerusform>
            <numerusform>%n servers with an unknown outcome: check their status before acting again (not re-sent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message numerus="yes">
        <location filename="../app/submit/serverresolver.cpp" line="+42"/>
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n server found</numerusform>
            <numerusform>%n servers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unknown: %1</source>
        <translation>
            <numerusform>%n unknown: %1</numerusform>
            <numerusform>%n unknown: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) ignored: %1</source>
        <translation>
            <numerusform>%n duplicate ignored: %1</numerusform>
            <numerusform>%n duplicates ignored: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n name(s) shared by several servers, use the id: %1</source>
        <translation>
            <numerusform>%n name shared by several servers, use the id: %1</numerusform>
            <numerusform>%n names shared by several servers, use the id: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::JobListModel</name>
    <message numerus="yes">
        <location filename="../app/models/job_list_model.cpp" line="+340"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n server(s) done</source>
        <translation>
            <numerusform>%1 of %n server done</numerusform>
            <numerusform>%1 of %n servers done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::Notifier</name>
    <message numerus="yes">
        <location filename="../app/console/notifier.cpp" line="+26"/>
        <source>%1 of %2 servers failed.</source>
        <translation>
            <numerusform>%1 of %2 servers failed.</numerusform>
            <numerusform>%1 of %2 servers failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>All %n servers done, none failed.</source>
        <translation>
            <numerusform>All %n servers done, none failed.</numerusform>
            <numerusform>All %n servers done, none failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::Rerun</name>
    <message numerus="yes">
        <location filename="../app/submit/server_selection.cpp" line="+72"/>
        <source>Rerun of job %1 on %n selected server(s)</source>
        <translation>
            <numerusform>Rerun of job %1 on %n selected server</numerusform>
            <numerusform>Rerun of job %1 on %n selected servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ServerActionRunner</name>
    <message numerus="yes">
        <location filename="../app/submit/server_action_runner.cpp" line="+76"/>
        <source>Start %n server(s) (%1)?</source>
        <translation>
            <numerusform>Start %n server (%1)?</numerusform>
            <numerusform>Start %n servers (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop %n server(s) (%1)?</source>
        <translation>
            <numerusform>Stop %n server (%1)?</numerusform>
            <numerusform>Stop %n servers (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reboot %n server(s) (%1)?</source>
        <translation>
            <numerusform>Reboot %n server (%1)?</numerusform>
            <numerusform>Reboot %n servers (%1)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::VersionDriftModel</name>
    <message numerus="yes">
        <location filename="../app/models/version_drift.cpp" line="+176"/>
        <source>%n server(s) reported no driver or firmware version: their task is %1.</source>
        <translation>
            <numerusform>%n server reported no driver or firmware version: its task is %1.</numerusform>
            <numerusform>%n servers reported no driver or firmware version: their task is %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::WaveSubmitter</name>
    <message numerus="yes">
        <location filename="../app/submit/wavesubmitter.cpp" line="+266"/>
        <source>Submitting %n wave(s).</source>
        <translation>
            <numerusform>Submitting %n wave.</numerusform>
            <numerusform>Submitting %n waves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>Wave %1: creating %2 with %n server(s).</source>
        <translation>
            <numerusform>Wave %1: creating %2 with %n server.</numerusform>
            <numerusform>Wave %1: creating %2 with %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+297"/>
        <source>Error budget spent: %n task(s) failed, more than the %1 allowed. No further wave starts.</source>
        <translation>
            <numerusform>Error budget spent: %n task failed, more than the %1 allowed. No further wave starts.</numerusform>
            <numerusform>Error budget spent: %n tasks failed, more than the %1 allowed. No further wave starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Error budget spent: %n task(s) failed (limit %1). No further wave starts.</source>
        <translation>
            <numerusform>Error budget spent: %n task failed (limit %1). No further wave starts.</numerusform>
            <numerusform>Error budget spent: %n tasks failed (limit %1). No further wave starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Wave %1: verifying the driver on %n server(s) with %2.</source>
        <translation>
            <numerusform>Wave %1: verifying the driver on %n server with %2.</numerusform>
            <numerusform>Wave %1: verifying the driver on %n servers with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>Wave %1 verified: %2 on the requested driver %3, %n mismatched.</source>
        <translation>
            <numerusform>Wave %1 verified: %2 on the requested driver %3, %n mismatched.</numerusform>
            <numerusform>Wave %1 verified: %2 on the requested driver %3, %n mismatched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>wave %1: %n server(s) succeeded</source>
        <translation>
            <numerusform>wave %1: %n server succeeded</numerusform>
            <numerusform>wave %1: %n servers succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n mismatched</source>
        <translation>
            <numerusform>, %n mismatched</numerusform>
            <numerusform>, %n mismatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>All %n wave(s) finished.</source>
        <translation>
            <numerusform>All %n wave finished.</numerusform>
            <numerusform>All %n waves finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::fleet::FleetModel</name>
    <message numerus="yes">
        <location filename="../app/fleet/fleet_model.cpp" line="+218"/>
        <source>%n of the last failures read like this</source>
        <translation>
            <numerusform>%n of the last failures reads like this</numerusform>
            <numerusform>%n of the last failures read like this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ErrorBanner</name>
    <message numerus="yes">
        <location filename="../ui/common/error_banner.cpp" line="+26"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The service asks to wait %n s before trying again.</source>
        <translation>
            <numerusform>The service asks to wait %n s before trying again.</numerusform>
            <numerusform>The service asks to wait %n s before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::FailureSummaryPanel</name>
    <message numerus="yes">
        <location filename="../ui/console/failure_summary_panel.cpp" line="+145"/>
        <source>Failed: %n server(s), by error</source>
        <translation>
            <numerusform>Failed: %n server, by error</numerusform>
            <numerusform>Failed: %n servers, by error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped: %n server(s), by reason</source>
        <translation>
            <numerusform>Skipped: %n server, by reason</numerusform>
            <numerusform>Skipped: %n servers, by reason</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::FleetActions</name>
    <message numerus="yes">
        <location filename="../ui/console/fleet_actions.cpp" line="+209"/>
        <source>Querying the versions of %n server(s)…</source>
        <translation>
            <numerusform>Querying the versions of %n server…</numerusform>
            <numerusform>Querying the versions of %n servers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Versions queried on %n server(s).</source>
        <translation>
            <numerusform>Versions queried on %n server.</numerusform>
            <numerusform>Versions queried on %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Copied %n server name(s)</source>
        <translation>
            <numerusform>Copied %n server name</numerusform>
            <numerusform>Copied %n server names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n server id(s)</source>
        <translation>
            <numerusform>Copied %n server id</numerusform>
            <numerusform>Copied %n server ids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::FleetPage</name>
    <message numerus="yes">
        <location filename="../ui/console/fleet_page.cpp" line="+219"/>
        <source>Exported %n server(s) to %1</source>
        <translation>
            <numerusform>Exported %n server to %1</numerusform>
            <numerusform>Exported %n servers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::HistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/wizard/historydialog.cpp" line="+172"/>
        <source>(%n unreadable line(s) skipped)</source>
        <translation>
            <numerusform>(%n unreadable line skipped)</numerusform>
            <numerusform>(%n unreadable lines skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobListPanel</name>
    <message numerus="yes">
        <location filename="../ui/console/job_list_panel.cpp" line="+257"/>
        <source>%1 of %n jobs shown</source>
        <translation>
            <numerusform>%1 of %n jobs shown</numerusform>
            <numerusform>%1 of %n jobs shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n deleted job(s) hidden</source>
        <translation>
            <numerusform>%n deleted job hidden</numerusform>
            <numerusform>%n deleted jobs hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n job(s) are hidden by the state chips, type or search text.</source>
        <translation>
            <numerusform>%n job is hidden by the state chips, type or search text.</numerusform>
            <numerusform>%n jobs are hidden by the state chips, type or search text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobSummaryView</name>
    <message numerus="yes">
        <location filename="../ui/console/job_summary_view.cpp" line="+214"/>
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n parameter</numerusform>
            <numerusform>%n parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::JobTypePage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/jobtypepage.cpp" line="+106"/>
        <source>%n template(s) from the service.</source>
        <translation>
            <numerusform>%n template from the service.</numerusform>
            <numerusform>%n templates from the service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>An unfinished job from %1 was found (%2, %n server(s), profile &quot;%3&quot;). Restore it?</source>
        <translation>
            <numerusform>An unfinished job from %1 was found (%2, %n server, profile &quot;%3&quot;). Restore it?</numerusform>
            <numerusform>An unfinished job from %1 was found (%2, %n servers, profile &quot;%3&quot;). Restore it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::LocalDataDialog</name>
    <message numerus="yes">
        <location filename="../ui/console/local_data_dialog.cpp" line="+109"/>
        <source>%n job(s) (%1 finished in detail), %2 tasks, %3 servers; %4 on disk.
Jobs from %5 to %6. Last complete sync: %7.</source>
        <translation>
            <numerusform>%n job (%1 finished in detail), %2 tasks, %3 servers; %4 on disk.
Jobs from %5 to %6. Last complete sync: %7.</numerusform>
            <numerusform>%n jobs (%1 finished in detail), %2 tasks, %3 servers; %4 on disk.
Jobs from %5 to %6. Last complete sync: %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/console/main_window.cpp" line="+715"/>
        <source>%n server(s) failed.</source>
        <translation>
            <numerusform>%n server failed.</numerusform>
            <numerusform>%n servers failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Also rerun the %n skipped server(s)</source>
        <translation>
            <numerusform>Also rerun the %n skipped server</numerusform>
            <numerusform>Also rerun the %n skipped servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n job(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n job? This cannot be undone.</numerusform>
            <numerusform>Delete %n jobs? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n job(s) deleted.</source>
        <translation>
            <numerusform>%n job deleted.</numerusform>
            <numerusform>%n jobs deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Copied %n job name(s)</source>
        <translation>
            <numerusform>Copied %n job name</numerusform>
            <numerusform>Copied %n job names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n job id(s)</source>
        <translation>
            <numerusform>Copied %n job id</numerusform>
            <numerusform>Copied %n job ids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::OptionsPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/optionspage.cpp" line="+281"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s), one per wave</source>
        <translation>
            <numerusform>%n job, one per wave</numerusform>
            <numerusform>%n jobs, one per wave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ParametersPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/parameterspage.cpp" line="+322"/>
        <source>%n item(s), all valid.</source>
        <translation>
            <numerusform>%n item, all valid.</numerusform>
            <numerusform>%n items, all valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) to fix before going on.</source>
        <translation>
            <numerusform>%n problem to fix before going on.</numerusform>
            <numerusform>%n problems to fix before going on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ReviewPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/reviewpage.cpp" line="+89"/>
        <source>Job type %1, %n item(s).</source>
        <translation>
            <numerusform>Job type %1, %n item.</numerusform>
            <numerusform>Job type %1, %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) in %n wave(s) of at most %1 servers.</source>
        <translation>
            <numerusform>%n job in %n wave of at most %1 servers.</numerusform>
            <numerusform>%n jobs in %n waves of at most %1 servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n wave(s) in flight at a time; a new wave starts when a running job has finished.</source>
        <translation>
            <numerusform>%n wave in flight at a time; a new wave starts when a running job has finished.</numerusform>
            <numerusform>%n waves in flight at a time; a new wave starts when a running job has finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n failed task(s)</source>
        <translation>
            <numerusform>%n failed task</numerusform>
            <numerusform>%n failed tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Warning: %n selected server(s) are not RUNNING.</source>
        <translation>
            <numerusform>Warning: %n selected server is not RUNNING.</numerusform>
            <numerusform>Warning: %n selected servers are not RUNNING.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wave %1: %2 (%n server(s))</source>
        <translation>
            <numerusform>Wave %1: %2 (%n server)</numerusform>
            <numerusform>Wave %1: %2 (%n servers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ServerActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/console/server_action_dialog.cpp" line="+103"/>
        <source>%1: %2 of %n server(s) answered…</source>
        <translation>
            <numerusform>%1: %2 of %n server answered…</numerusform>
            <numerusform>%1: %2 of %n servers answered…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::ServerActions</name>
    <message numerus="yes">
        <location filename="../ui/console/server_actions.cpp" line="+204"/>
        <source>Copied %n server name(s)</source>
        <translation>
            <numerusform>Copied %n server name</numerusform>
            <numerusform>Copied %n server names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %n server id(s)</source>
        <translation>
            <numerusform>Copied %n server id</numerusform>
            <numerusform>Copied %n server ids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::SubmitPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/submitpage.cpp" line="+232"/>
        <source>Done: %n job(s) created, every wave finished.</source>
        <translation>
            <numerusform>Done: %n job created, every wave finished.</numerusform>
            <numerusform>Done: %n jobs created, every wave finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n task(s) failed so far.</source>
        <translation>
            <numerusform>%n task failed so far.</numerusform>
            <numerusform>%n tasks failed so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::TargetsPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/targetspage.cpp" line="+53"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>%n server(s) in this project.</source>
        <translation>
            <numerusform>%n server in this project.</numerusform>
            <numerusform>%n servers in this project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n server(s) selected</source>
        <translation>
            <numerusform>%n server selected</numerusform>
            <numerusform>%n servers selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n selected server(s) are not RUNNING: their tasks will probably fail or be skipped: %1</source>
        <translation>
            <numerusform>%n selected server is not RUNNING: its task will probably fail or be skipped: %1</numerusform>
            <numerusform>%n selected servers are not RUNNING: their tasks will probably fail or be skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The template %1 is for %2 servers; %n selected server(s) are of another flavor: %3</source>
        <translation>
            <numerusform>The template %1 is for %2 servers; %n selected server is of another flavor: %3</numerusform>
            <numerusform>The template %1 is for %2 servers; %n selected servers are of another flavor: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n selected id(s) are not in the server list (removed?): %1</source>
        <translation>
            <numerusform>%n selected id is not in the server list (removed?): %1</numerusform>
            <numerusform>%n selected ids are not in the server list (removed?): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 entries read: %2. %n newly selected.</source>
        <translation>
            <numerusform>%1 entries read: %2. %n newly selected.</numerusform>
            <numerusform>%1 entries read: %2. %n newly selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::TaskPanel</name>
    <message numerus="yes">
        <location filename="../ui/console/task_panel.cpp" line="+346"/>
        <source>Select the group and press Ctrl+C to copy its %n node id(s).</source>
        <translation>
            <numerusform>Select the group and press Ctrl+C to copy its %n node id.</numerusform>
            <numerusform>Select the group and press Ctrl+C to copy its %n node ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Select the group and press Ctrl+C to copy its %n server id(s).</source>
        <translation>
            <numerusform>Select the group and press Ctrl+C to copy its %n server id.</numerusform>
            <numerusform>Select the group and press Ctrl+C to copy its %n server ids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>%n task(s) hidden by the filter — &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</source>
        <translation>
            <numerusform>%n task hidden by the filter — &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</numerusform>
            <numerusform>%n tasks hidden by the filter — &lt;a href=&quot;clear&quot;&gt;Clear&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::TaskProgressBar</name>
    <message numerus="yes">
        <location filename="../ui/console/task_progress_bar.cpp" line="+92"/>
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n nodes done</source>
        <translation>
            <numerusform>%1 of %n node done</numerusform>
            <numerusform>%1 of %n nodes done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n servers done</source>
        <translation>
            <numerusform>%1 of %n servers done</numerusform>
            <numerusform>%1 of %n servers done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::VersionDriftChart</name>
    <message numerus="yes">
        <location filename="../ui/console/version_drift_chart.cpp" line="+130"/>
        <source>Driver %1, firmware %2: %n server(s)</source>
        <translation>
            <numerusform>Driver %1, firmware %2: %n server</numerusform>
            <numerusform>Driver %1, firmware %2: %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liteops::ui::VersionDriftPanel</name>
    <message numerus="yes">
        <location filename="../ui/console/version_drift_panel.cpp" line="+87"/>
        <source>Fleet target driver %1: %n of %2 server(s) with a version are on it.</source>
        <translation>
            <numerusform>Fleet target driver %1: %n of %2 servers with a version is on it.</numerusform>
            <numerusform>Fleet target driver %1: %n of %2 servers with a version are on it.</numerusform>
        </translation>
    </message>
</context>
</TS>
