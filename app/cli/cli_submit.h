// SPDX-License-Identifier: Apache-2.0
#pragma once
// liteops-cli's side of the submission engine (app/submit WaveSubmitter): the progress lines
// on stderr, the servers file and --item/--param parsing. The commands themselves
// (jobs create, resume, rerun-failed, history) are Runner methods in cli_submit.cpp.
#include "wavesubmitter.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace liteops::cli {

// One line on stderr per wave state change ("wave 2/3 rollout-w02: created job …"). When
// stderr is a terminal, a live last line also shows the running wave's task counts; it is
// cleared before every permanent line.
class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(const WaveSubmitter *submitter, QTextStream &err, bool live, QObject *parent = nullptr);

    // Clears the live line (before the final report).
    void finish();

private:
    void waveChanged(int index);
    void line(const QString &text);
    void showLive(const QString &text);

    const WaveSubmitter *m_submitter;
    QTextStream &m_err;
    bool m_live;
    bool m_liveShown = false;
    QHash<int, WaveSubmitter::WaveState> m_printed;
};

// "TYPE" or "TYPE:k=v,k=v"
bool parseItem(const QString &text, JobItem *item, QString *problem);

// The entries of a servers file (ServerResolver::parseEntries: one per line, or a CSV whose
// server_id, else id column is used). False with a message when it cannot be read.
bool readServersFile(const QString &path, QStringList *entries, QString *problem);

} // namespace liteops::cli
