// SPDX-License-Identifier: GPL-3.0-or-later
// JSON and CSV interchange throughput. Baselines, measured in the same run: a whole QJsonDocument walked into
// the same bulk load (what DESIGN.md rules out for large files), and a naive QTextStream line/split CSV reader
// (not even RFC 4180 correct) feeding the same bulk load. Usage: bench_interchange [events=100000]
#include "benchutil.h"
#include "csvinterchange.h"
#include "generator.h"
#include "jsoninterchange.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Entente;

namespace {
QByteArray toJson(const Dossier& d)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    if (!writeDossierJson(d, b).ok())
        qFatal("write failed");
    return b.data();
}

QByteArray toCsv(const Dossier& d)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    if (!exportEventsCsv(d, b).isEmpty())
        qFatal("export failed");
    return b.data();
}

Dossier tablesOnly(const Dossier& d)
{
    Dossier out;
    for (const auto& p : d.parties())
        (void)out.insertParty(-1, p);
    for (const auto& i : d.issues())
        (void)out.insertIssue(-1, i);
    return out;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& x : v.toArray())
        out.append(x.toString());
    return out;
}

// The baseline: parse everything into a document, then walk it (events only: the rest is tiny here).
qsizetype baselineJson(const QByteArray& bytes, const Dossier& tables)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    Dossier d = tables;
    auto& store = d.eventsForBulkLoad();
    for (const auto& v : doc.object().value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        Event e;
        e.id = o.value(QLatin1String("id")).toInteger();
        e.start = PartialDate::parse(o.value(QLatin1String("start")).toString()).value();
        if (o.contains(QLatin1String("end")))
            e.end = PartialDate::parse(o.value(QLatin1String("end")).toString()).value();
        e.title = o.value(QLatin1String("title")).toString();
        e.description = o.value(QLatin1String("description")).toString();
        e.location = o.value(QLatin1String("location")).toString();
        e.parties = strings(o.value(QLatin1String("parties")));
        e.issues = strings(o.value(QLatin1String("issues")));
        e.tags = strings(o.value(QLatin1String("tags")));
        store.append(e);
    }
    store.finish();
    return d.events().size();
}

qsizetype baselineCsv(const QByteArray& bytes, const Dossier& tables)
{
    QByteArray copy = bytes;
    QBuffer b(&copy);
    b.open(QIODevice::ReadOnly);
    QTextStream in(&b);
    in.readLine(); // header
    Dossier d = tables;
    auto& store = d.eventsForBulkLoad();
    QString line;
    while (in.readLineInto(&line)) {
        const QStringList f = line.split(u',');
        if (f.size() < 10)
            continue;
        Event e;
        e.id = f[0].toLongLong();
        e.start = PartialDate::parse(f[1]).value();
        if (!f[2].isEmpty())
            e.end = PartialDate::parse(f[2]).value();
        e.title = f[3];
        e.description = f[4];
        e.location = f[5];
        e.parties = f[6].split(u';', Qt::SkipEmptyParts);
        e.issues = f[7].split(u';', Qt::SkipEmptyParts);
        e.tags = f[8].split(u';', Qt::SkipEmptyParts);
        store.append(e);
    }
    store.finish();
    return d.events().size();
}
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const QByteArray suffix = n >= 1000000 ? QByteArray::number(n / 1000000) + "m" : QByteArray::number(n / 1000) + "k";
    const Dossier source = Bench::generateDossier(n, 10, 10, 0);
    const QByteArray json = toJson(source);
    const QByteArray csv = toCsv(source);
    const Dossier tables = tablesOnly(source);

    auto id = [&](const char* base) -> QByteArray { return QByteArray(base) + "." + suffix; };

    const auto jsonRead = Bench::timeMs(
        [&] {
            QByteArray copy = json;
            QBuffer b(&copy);
            b.open(QIODevice::ReadOnly);
            Dossier d;
            if (const auto e = readDossierJson(b, d); e.isError() || d.events().size() != n)
                qFatal("json import failed: %s", qPrintable(e.toString()));
        },
        7);
    const auto jsonBaseline = Bench::timeMs(
        [&] {
            if (baselineJson(json, tables) != n)
                qFatal("baseline json import failed");
        },
        7);
    Bench::report(id("import.json.baseline.qjsondocument").constData(), jsonBaseline, "ms", n);
    Bench::report(id("import.json").constData(), jsonRead, "ms", n,
        id("import.json.baseline.qjsondocument").constData(), jsonRead.median / jsonBaseline.median);
    Bench::report(id("import.json.bytes").constData(),
        { double(json.size()) / double(n), double(json.size()) / double(n) }, "B/event", n);

    const auto jsonWrite = Bench::timeMs(
        [&] {
            if (toJson(source).size() != json.size())
                qFatal("json export differs");
        },
        7);
    Bench::report(id("export.json").constData(), jsonWrite, "ms", n);

    const auto csvRead = Bench::timeMs(
        [&] {
            QByteArray copy = csv;
            QBuffer b(&copy);
            b.open(QIODevice::ReadOnly);
            Dossier d = tables;
            if (const auto e = importEventsCsv(b, d); e.isError() || d.events().size() != n)
                qFatal("csv import failed: %s", qPrintable(e.toString()));
        },
        7);
    const auto csvBaseline = Bench::timeMs(
        [&] {
            if (baselineCsv(csv, tables) != n)
                qFatal("baseline csv import failed");
        },
        7);
    Bench::report(id("import.csv.baseline.textstream-split").constData(), csvBaseline, "ms", n);
    Bench::report(id("import.csv").constData(), csvRead, "ms", n,
        id("import.csv.baseline.textstream-split").constData(), csvRead.median / csvBaseline.median);
    const auto csvWrite = Bench::timeMs(
        [&] {
            if (toCsv(source).size() != csv.size())
                qFatal("csv export differs");
        },
        7);
    Bench::report(id("export.csv").constData(), csvWrite, "ms", n);
    return 0;
}
