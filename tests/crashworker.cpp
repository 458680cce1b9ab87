// SPDX-License-Identifier: GPL-3.0-or-later
// The process tst_crashrecovery kills: it edits DIR/d.entente one acknowledged event at a time, imports events
// into it and into new files, and prints one line per acknowledged write ("EVENT id", "IMPORT title",
// "FILE name") only after the write has returned. It runs until it is killed.
#include "dossierfile.h"
#include "dossierio.h"
#include "sqlitestore.h"
#include "sqlitestoretest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Entente;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const qint64 run = QByteArray(argv[2]).toLongLong();
    const QString path = dir.filePath(QStringLiteral("d.entente"));
    QString error;
    auto store = SqliteTest::open(path, false, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    std::puts("READY");
    std::fflush(stdout);
    for (qint64 i = 1;; ++i) {
        if (i % 7 == 0) {
            // An import: into the open dossier through its own connection, or into a new file.
            const QString title = QStringLiteral("import-%1-%2").arg(run).arg(i);
            const QString csv = dir.filePath(title + u".csv");
            QFile f(csv);
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            f.write("title,start\n" + title.toUtf8() + ",2025-12-16\n");
            f.close();
            const bool newFile = i % 14 == 7; // the first import (i = 7) builds a new file
            const QString into = newFile ? dir.filePath(title + u".entente") : path;
            // Into the open dossier: it is this process's own, so the import goes through this store's connection.
            if (!newFile) {
                Dossier d;
                if (const Status s = store->load(d, nullptr); !s.ok()) {
                    std::fprintf(stderr, "%s\n", qUtf8Printable(s.message()));
                    return 1;
                }
                Event ev;
                ev.id = d.events().nextId();
                ev.start = PartialDate::fromYmd(2025, 12, 16);
                ev.title = title;
                if (const auto r = store->insertRow(ev, 0); !r.ok()) {
                    std::fprintf(stderr, "%s\n", qUtf8Printable(r.message()));
                    return 1;
                }
            } else if (const auto added = DossierIO::importInto(csv, into, {}); !added.ok()) {
                std::fprintf(stderr, "%s\n", qUtf8Printable(added.message()));
                return 1;
            }
            std::printf(newFile ? "FILE %s\n" : "IMPORT %s\n", qUtf8Printable(newFile ? title + u".entente" : title));
            std::fflush(stdout);
            continue;
        }
        Event e;
        e.id = run * 1000000 + i;
        e.start = PartialDate::fromYmd(2025, 12, 1 + int(i % 28));
        e.title = QStringLiteral("edit %1").arg(e.id);
        if (const auto r = store->insertRow(e, 0); !r.ok()) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(r.message()));
            return 1;
        }
        std::printf("EVENT %lld\n", static_cast<long long>(e.id));
        std::fflush(stdout);
    }
}
