// SPDX-License-Identifier: Apache-2.0
// "Export what is visible" without a view: CSV quoting and formula guards, JSON keyed by
// column titles, the format from the file name, an atomic write that reports its failure,
// and which rows and columns of a model are taken.
#include "table_export.h"
#include "task_tree_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace liteops;

class TableExportTest : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesAndGuardsFormulas()
    {
        ExportTable t;
        t.headers = {QStringLiteral("name"), QStringLiteral("message")};
        t.rows = {{QStringLiteral("a,b"), QStringLiteral("say \"hi\"\nthen go")},
                  {QStringLiteral("=cmd()"), QStringLiteral("+1")},
                  {QStringLiteral("-5"), QStringLiteral("@x")}};
        const QByteArray csv = toCsv(t);
        QCOMPARE(csv, QByteArray("name,message\r\n"
                                 "\"a,b\",\"say \"\"hi\"\"\nthen go\"\r\n"
                                 "'=cmd(),'+1\r\n"
                                 "-5,'@x\r\n"));
    }

    void jsonKeysAreTheColumnTitles()
    {
        ExportTable t;
        t.headers = {QStringLiteral("Server"), QStringLiteral("Status")};
        t.rows = {{QStringLiteral("n1"), QStringLiteral("Failed")},
                  {QStringLiteral("节点2"), QStringLiteral("Succeeded")}};
        const QJsonArray a = QJsonDocument::fromJson(toJson(t)).array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[1].toObject().value(QStringLiteral("Server")).toString(), QStringLiteral("节点2"));
        QCOMPARE(formatForPath(QStringLiteral("x.JSON")), ExportFormat::Json);
        QCOMPARE(formatForPath(QStringLiteral("x.csv")), ExportFormat::Csv);
        QTemporaryDir dir;
        QString error;
        QVERIFY(writeExport(dir.filePath(QStringLiteral("out.json")), t, &error));
        QVERIFY(!writeExport(dir.filePath(QStringLiteral("missing/dir/out.csv")), t, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    // Group rows are left out (their tasks are taken), columns come in the order given, and a
    // cell showing the first line of a message exports the whole message.
    void collectsTaskRowsNotGroupsInTheGivenColumns()
    {
        auto task = [](const QString &id, const QString &server, const QString &status, const QString &message) {
            return Task::Builder().id(id).targetId(server).status(status).message(message).build();
        };
        Job job;
        job.id = QStringLiteral("job-1");
        job.tasks = {task(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("SUCCESS"), QString()),
                     task(QStringLiteral("t2"), QStringLiteral("s2"), QStringLiteral("FAILED"),
                          QStringLiteral("disk full\non /dev/sda"))};
        TaskTreeModel model; // grouped by state: two group rows above the tasks
        model.applyJob(job);
        const QList<int> columns{TaskTreeModel::Message, TaskTreeModel::ServerId};
        const ExportTable all = collectVisibleRows(&model, columns);
        QCOMPARE(all.headers, (QStringList{model.headerData(TaskTreeModel::Message, Qt::Horizontal).toString(),
                                           model.headerData(TaskTreeModel::ServerId, Qt::Horizontal).toString()}));
        QCOMPARE(all.rows.size(), 2);
        QVERIFY2(all.rows.contains(QStringList{QStringLiteral("disk full\non /dev/sda"), QStringLiteral("s2")}),
                 qPrintable(all.rows.last().join(QLatin1Char('|'))));
        const ExportTable some = collectRows(&model, {TaskTreeModel::ServerId},
                                             {model.indexOfTask(u"t1"), QModelIndex()});
        QCOMPARE(some.rows, QList<QStringList>{QStringList{QStringLiteral("s1")}});
    }
};

QTEST_GUILESS_MAIN(TableExportTest)
#include "tst_table_export.moc"
