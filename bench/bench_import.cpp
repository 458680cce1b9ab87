// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk import benchmarks: a deterministic 1,000,000-row ACLED-like CSV (and the same rows as JSON) generated
// into QDir::tempPath()/entente-bench, imported with the ACLED preset into an EventStore. Baselines in the same
// run: QTextStream::readLine + QString::split per line (CSV), QJsonDocument of the whole file (JSON); both
// fill the same store through the same mapping. Slow baselines run 3 repetitions, said in their id's n.
// Pass --10m to also generate and import 10^7 rows (≈1.5 GB on disk). import.csv.1m is the default import,
// which splits a large file between two threads on a machine with two cores (EventImportOptions::threads);
// .onethread and .twothreads force either way.
// --quick prints the CSV figures alone (with --10m, the 10^7 one too; with --json, the JSON one alone); --profile runs the fast CSV path only.
#include "benchutil.h"
#include "eventimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Entente;

namespace {
const char* const eventTypes[][2] = { { "Battles", "Armed clash" }, { "Explosions/Remote violence", "Shelling/artillery/missile attack" },
    { "Protests", "Peaceful protest" }, { "Strategic developments", "Agreement" }, { "Violence against civilians", "Attack" },
    { "Riots", "Mob violence" } };
const char* const months[] = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December" };

struct Row {
    QByteArray id, date, type, subType, actor1, actor2, country, location, lat, lon, source, notes, fatalities;
};

Row makeRow(QRandomGenerator& rng, qint64 i)
{
    Row r;
    const int t = int(rng.bounded(6));
    const int loc = int(rng.bounded(1000));
    r.id = "UKR" + QByteArray::number(i);
    r.date = QByteArray::number(1 + rng.bounded(28)) + ' ' + months[rng.bounded(12)] + ' ' + QByteArray::number(2016 + rng.bounded(10));
    r.type = eventTypes[t][0];
    r.subType = eventTypes[t][1];
    r.actor1 = "Actor " + QByteArray::number(rng.bounded(300));
    r.actor2 = rng.bounded(3) ? "Actor " + QByteArray::number(rng.bounded(300)) : QByteArray();
    r.country = rng.bounded(4) ? "Ukraine" : "Russia";
    r.location = "Place " + QByteArray::number(loc);
    r.lat = QByteArray::number(44 + loc % 90 * 0.1, 'f', 4);
    r.lon = QByteArray::number(22 + loc / 90 * 1.5, 'f', 4);
    r.source = "Outlet " + QByteArray::number(rng.bounded(20));
    r.notes = "Report " + QByteArray::number(rng.generate() % 1000000) + " on the ground";
    r.fatalities = QByteArray::number(rng.bounded(5));
    return r;
}

const char* const header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities";

void generate(const QString& csvPath, const QString& jsonPath, qint64 n)
{
    QRandomGenerator rng(20251215);
    QFile csv(csvPath), json(jsonPath);
    csv.open(QIODevice::WriteOnly);
    if (!jsonPath.isEmpty())
        json.open(QIODevice::WriteOnly);
    QByteArray c = QByteArray(header) + '\n', j = "[\n";
    const QList<QByteArray> keys = QByteArray(header).split(',');
    for (qint64 i = 1; i <= n; ++i) {
        const Row r = makeRow(rng, i);
        const QByteArray fields[] = { r.id, r.date, r.type, r.subType, r.actor1, r.actor2, r.country, r.location, r.lat, r.lon,
            r.source, r.notes, r.fatalities };
        for (int f = 0; f < 13; ++f) {
            c += fields[f];
            c += f == 12 ? '\n' : ',';
        }
        if (!jsonPath.isEmpty()) {
            j += '{';
            for (int f = 0; f < 13; ++f) {
                j += '"' + keys[f] + "\": ";
                const bool number = f == 8 || f == 9 || f == 12;
                j += number ? fields[f] : '"' + fields[f] + '"';
                if (f < 12)
                    j += ", ";
            }
            j += i == n ? "}\n" : "},\n";
        }
        if (c.size() > (8 << 20)) {
            csv.write(c);
            c.clear();
        }
        if (j.size() > (8 << 20)) {
            json.write(j);
            j.clear();
        }
    }
    csv.write(c);
    if (!jsonPath.isEmpty())
        json.write(j + "]\n");
}

// The naive way, sharing the mapping's meaning: title template, actors → parties, tags, geo, sources.
struct NaiveSink {
    EventStore store;
    QHash<QString, QString> parties, sources;
    qint64 nextId = 1;
    void add(const QString& date, const QString& type, const QString& sub, const QString& a1, const QString& a2,
        const QString& country, const QString& location, const QString& lat, const QString& lon, const QString& source,
        const QString& notes, const QString& fatalities)
    {
        const QDate d = QLocale::c().toDate(date, QStringLiteral("d MMMM yyyy"));
        if (!d.isValid())
            return;
        const PartialDate start = PartialDate::fromYmd(d.year(), d.month(), d.day());
        QStringList ps;
        for (const QString& a : { a1, a2 })
            if (!a.isEmpty()) {
                auto it = parties.find(a);
                if (it == parties.end())
                    it = parties.insert(a, a.toLower().replace(u' ', u'-'));
                ps << *it;
            }
        auto src = sources.find(source);
        if (src == sources.end())
            src = sources.insert(source, QStringLiteral("import-%1").arg(sources.size() + 1));
        const QString tags[] = { type, sub, country, QStringLiteral("fatalities=") + fatalities,
            QStringLiteral("geo=") + lat + u',' + lon };
        std::vector<QStringView> pv(ps.begin(), ps.end()), tv(std::begin(tags), std::end(tags));
        const QStringView sv[] = { *src };
        const QString title = sub + QStringLiteral(" in ") + location;
        store.append(nextId++, start, PartialDate {}, title, notes, location, pv, {}, tv, sv);
    }
};

qsizetype naiveCsv(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QTextStream in(&f);
    NaiveSink sink;
    in.readLine();
    QString line;
    while (in.readLineInto(&line)) {
        const QStringList c = line.split(u',');
        if (c.size() != 13)
            continue;
        sink.add(c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12]);
    }
    sink.store.finish();
    return sink.store.size();
}

qsizetype naiveJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    NaiveSink sink;
    const QJsonArray rows = doc.array();
    for (const auto& v : rows) {
        const QJsonObject o = v.toObject();
        auto s = [&](const char* k) {
            const QJsonValue x = o.value(QLatin1String(k));
            return x.isDouble() ? QString::number(x.toDouble()) : x.toString();
        };
        sink.add(s("event_date"), s("event_type"), s("sub_event_type"), s("actor1"), s("actor2"), s("country"), s("location"),
            s("latitude"), s("longitude"), s("source"), s("notes"), s("fatalities"));
    }
    sink.store.finish();
    return sink.store.size();
}

qsizetype fast(const QString& path, const ColumnMapping& m, qsizetype* bytes = nullptr, int threads = 0)
{
    const Dossier empty;
    EventImportOptions options;
    options.threads = threads;
    auto r = importEvents(path, m, empty, options);
    if (!r.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(r.message()));
        std::exit(1);
    }
    if (bytes)
        *bytes = r->events.memoryBytes() + r->events.textBytes();
    return r->events.size();
}
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool tenMillion = app.arguments().contains(QStringLiteral("--10m"));
    const QString dir = QDir::tempPath() + QStringLiteral("/entente-bench");
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/acled-1m.csv"), json = dir + QStringLiteral("/acled-1m.json");
    constexpr qint64 N = 1000000;
    if (QFileInfo(csv).size() == 0 || QFileInfo(json).size() == 0)
        generate(csv, json, N);
    std::fprintf(stderr, "csv %.1f MB, json %.1f MB\n", QFileInfo(csv).size() / 1e6, QFileInfo(json).size() / 1e6);
    const ColumnMapping m = *mappingPreset(QStringLiteral("acled"));
    if (app.arguments().contains(QStringLiteral("--profile"))) { // for perf: the fast CSV path only
        const bool onJson = app.arguments().contains(QStringLiteral("--json"));
        const bool oneThread = app.arguments().contains(QStringLiteral("--onethread"));
        const QString big = dir + QStringLiteral("/acled-10m.csv");
        if (tenMillion && QFileInfo(big).size() > 0) // one import of the 10^7-row file
            fast(big, m, nullptr, oneThread ? 1 : 2);
        else
            for (int i = 0; i < 3; ++i)
                fast(onJson ? json : csv, m, nullptr, oneThread ? 1 : 2);
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("--quick"))) { // while tuning: the fast figures alone
        if (app.arguments().contains(QStringLiteral("--json"))) {
            Bench::report("import.json.1m", Bench::timeMs([&] { fast(json, m); }, 7), "ms", N);
            return 0;
        }
        Bench::report("import.csv.1m", Bench::timeMs([&] { fast(csv, m); }, 7), "ms", N);
        Bench::report("import.csv.1m.onethread", Bench::timeMs([&] { fast(csv, m, nullptr, 1); }, 7), "ms", N);
        Bench::report("import.csv.1m.twothreads", Bench::timeMs([&] { fast(csv, m, nullptr, 2); }, 7), "ms", N);
        if (!tenMillion)
            return 0;
    }

    if (!app.arguments().contains(QStringLiteral("--quick"))) {
    // JSON first, so the peak RSS it reaches is its own.
    const long rss0 = Bench::peakRssKb();
    qsizetype storeBytes = 0;
    if (fast(json, m, &storeBytes) != N)
        return 1;
    const double peakMb = double(Bench::peakRssKb() - rss0) / 1024.0, storeMb = double(storeBytes) / 1048576.0;
    const auto jsonFast = Bench::timeMs([&] { fast(json, m); }, 7, false);
    const auto jsonNaive = Bench::timeMs([&] { naiveJson(json); }, 3, false);
    Bench::report("import.json.1m", jsonFast, "ms", N, "import.json.1m.qjsondocument", jsonNaive.median / jsonFast.median);
    Bench::report("import.json.1m.qjsondocument", jsonNaive, "ms", N);
    Bench::report("import.json.1m.peakrss", { peakMb, peakMb }, "MB", N, "store.bytes.1m", peakMb / storeMb);
    Bench::report("store.bytes.1m", { storeMb, storeMb }, "MB", N);

    const auto csvFast = Bench::timeMs([&] { fast(csv, m); }, 7);
    const auto csvNaive = Bench::timeMs([&] { naiveCsv(csv); }, 3, false);
    Bench::report("import.csv.1m", csvFast, "ms", N, "import.csv.1m.naive", csvNaive.median / csvFast.median);
    Bench::report("import.csv.1m.naive", csvNaive, "ms", N);
    // The same parse on one thread (a file under EventImportOptions::parallelMinBytes, or a busy machine).
    const auto csvOne = Bench::timeMs([&] { fast(csv, m, nullptr, 1); }, 7);
    Bench::report("import.csv.1m.onethread", csvOne, "ms", N, "import.csv.1m.naive", csvNaive.median / csvOne.median);
    const auto csvTwo = Bench::timeMs([&] { fast(csv, m, nullptr, 2); }, 7);
    Bench::report("import.csv.1m.twothreads", csvTwo, "ms", N, "import.csv.1m.naive", csvNaive.median / csvTwo.median);

    {
        const Dossier empty;
        auto r = importEvents(csv, m, empty, {});
        if (!r.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.message()));
            std::exit(1);
        }
        const double perEvent = double(r->events.memoryBytes()) / double(N);
        const double text = double(r->events.textBytes()) / double(N);
        Bench::report("memory.1m", { perEvent, perEvent }, "B/event", N);
        Bench::report("memory.1m.text", { text, text }, "B/event", N);
    }

    }

    if (tenMillion) {
        const QString big = dir + QStringLiteral("/acled-10m.csv");
        if (QFileInfo(big).size() == 0)
            generate(big, QString(), 10 * N);
        const auto f = Bench::timeMs([&] { fast(big, m); }, 3, false);
        Bench::report("import.csv.10m", f, "ms", 10 * N);
        const auto one = Bench::timeMs([&] { fast(big, m, nullptr, 1); }, 3, false);
        Bench::report("import.csv.10m.onethread", one, "ms", 10 * N);
        const auto two = Bench::timeMs([&] { fast(big, m, nullptr, 2); }, 3, false);
        Bench::report("import.csv.10m.twothreads", two, "ms", 10 * N);
    }
    return 0;
}
