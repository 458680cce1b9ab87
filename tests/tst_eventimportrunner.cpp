// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportrunner.h"
#include "mustutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
ColumnMapping mapping()
{
    ColumnMapping m;
    m.date = u"date"_qs;
    m.title = u"title"_qs;
    m.actors = { u"actor"_qs };
    return m;
}

QString writeRows(const QTemporaryDir& dir, int rows, bool badRow = false)
{
    const QString path = dir.filePath(QStringLiteral("rows-%1.csv").arg(rows));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray data = "date,title,actor\n";
    for (int i = 0; i < rows; ++i)
        data += "2025-12-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + ",Row " + QByteArray::number(i) + ",Actor " + QByteArray::number(i % 7) + '\n';
    if (badRow)
        data += "2025-02-30,Bad,Actor 1\n";
    f.write(data);
    return path;
}

Dossier target()
{
    Dossier d;
    d.name = u"Target"_qs;
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, {}, {} }));
    Event e;
    e.start = PartialDate::parse(u"2025-01-01").value();
    e.title = u"Existing"_qs;
    Entente::TestUtil::must(d.insertEvent(e));
    return d;
}
}

class TestEventImportRunner : public QObject {
    Q_OBJECT
private slots:
    void importsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = writeRows(dir, 20000, true);
        const Dossier d = target();
        EventImportRunner runner;
        QSignalSpy progress(&runner, &EventImportRunner::progress);
        QSignalSpy finished(&runner, &EventImportRunner::finished);
        EventImportOptions o;
        o.chunkSize = 64 * 1024;
        QVERIFY(runner.start(path, mapping(), d, o).ok());
        const Status second = runner.start(path, mapping(), d, o); // one at a time
        QVERIFY(!second.ok());
        QCOMPARE(second.message(), u"An import is already running"_qs);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<Status>().ok(), true);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size()); // all bytes read at the end
        QCOMPARE(progress.last().at(2).toLongLong(), 20001);
        QCOMPARE(runner.report().rowsImported, 20000);
        QCOMPARE(runner.report().errorCount, 1);
        QCOMPARE(runner.report().errors.first().line, 20002);
        auto merged = runner.takeResult();
        QVERIFY(merged);
        QCOMPARE(merged->events().size(), 20001);
        QCOMPARE(merged->parties().size(), 8);
        QVERIFY(!runner.takeResult()); // handed over once
        QCOMPARE(d.events().size(), 1);
    }

    void cancelLeavesTheDossierUnchanged()
    {
        QTemporaryDir dir;
        const QString path = writeRows(dir, 200000);
        Dossier d = target();
        const Dossier before = d;
        EventImportRunner runner;
        QSignalSpy finished(&runner, &EventImportRunner::finished);
        EventImportOptions o;
        o.chunkSize = 16 * 1024;
        // Cancel as soon as the first progress report arrives (from the worker, queued here).
        connect(&runner, &EventImportRunner::progress, &runner, [&runner](qint64, qint64, qint64 rows, double) {
            if (rows > 0)
                runner.cancel();
        });
        QVERIFY(runner.start(path, mapping(), d, o).ok());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<Status>().ok(), false);
        QVERIFY(runner.wasCancelled());
        QCOMPARE(runner.error().message(), u"Import cancelled"_qs);
        QCOMPARE(finished.first().first().value<Status>().message(), u"Import cancelled"_qs);
        QVERIFY(!runner.takeResult());
        QCOMPARE(d.events().size(), before.events().size());
        QCOMPARE(d.parties(), before.parties());
        QCOMPARE(d.events().event(0), before.events().event(0));
    }

    void failureReportsTheError()
    {
        EventImportRunner runner;
        QSignalSpy finished(&runner, &EventImportRunner::finished);
        QVERIFY(runner.start(u"/nonexistent/file.csv"_qs, mapping(), target()).ok());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<Status>().ok(), false);
        QVERIFY(runner.error().message().startsWith(u"cannot open /nonexistent/file.csv"_qs));
        QCOMPARE(runner.error().kind(), Error::Kind::NotFound);
        QCOMPARE(finished.first().first().value<Status>().message(), runner.error().message());
        QVERIFY(!runner.wasCancelled());
    }

    void destroyWhileRunning()
    {
        QTemporaryDir dir;
        const QString path = writeRows(dir, 100000);
        auto runner = std::make_unique<EventImportRunner>();
        QVERIFY(runner->start(path, mapping(), target()).ok());
        runner.reset(); // cancels and joins; must not crash or leak the thread
        QVERIFY(!runner);
    }
};

QTEST_GUILESS_MAIN(TestEventImportRunner)
#include "tst_eventimportrunner.moc"
