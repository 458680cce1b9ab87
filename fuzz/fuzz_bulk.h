// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bulk (mapping) importer under a fuzzer: a mapping that uses every kind of field, then one of the shipped
// presets, with small chunks and a small record cap so that chunk boundaries and the cap are reached with small
// inputs; the merge into the target (applyImport) on what it read.
#include "eventimport.h"
#include "eventimportmapping.h"
#include "fuzzinput.h"

#include <QBuffer>

#include <cstdlib>

inline Entente::ColumnMapping preset(const char* name)
{
    auto m = Entente::mappingPreset(QString::fromLatin1(name));
    if (!m)
        std::abort(); // a shipped preset that does not load is a bug of its own
    return *m;
}

inline int fuzzBulk(const uint8_t* data, size_t size, Entente::ImportFormat format)
{
    using namespace Entente;
    static const ColumnMapping mapping = [] {
        ColumnMapping m;
        m.date = QStringLiteral("date");
        m.endDate = QStringLiteral("end");
        m.title = QStringLiteral("{type}: {title}");
        m.description = QStringLiteral("description");
        m.notes = QStringLiteral("notes");
        m.location = QStringLiteral("location");
        m.latitude = QStringLiteral("lat");
        m.longitude = QStringLiteral("lon");
        m.source = QStringLiteral("source");
        m.eventType = QStringLiteral("type");
        m.actors = { QStringLiteral("actor1"), QStringLiteral("actor2") };
        m.tags = { QStringLiteral("tag") };
        m.attributes = { QStringLiteral("extra") };
        m.listSeparator = QStringLiteral(";");
        return m;
    }();
    // The shipped presets too (their CAMEO titles, precision codes, GDELT dates), one per input by its length.
    static const ColumnMapping presets[] = { preset("acled"), preset("gdelt"), preset("gdelt2") };
    QByteArray in = FuzzInput::bytes(data, size);
    // What the wizard and "--mapping auto" read from the first bytes.
    const char delimiter = detectDelimiter(in);
    (void)detectFormat(in);
    (void)detectHeader(in, delimiter);
    EventImportOptions options;
    options.format = format;
    options.chunkSize = 256;
    options.maxRecordBytes = 4096;
    options.threads = 1;
    for (const ColumnMapping* m : { &mapping, &presets[size % 3] }) {
        QBuffer buffer(&in);
        buffer.open(QIODevice::ReadOnly);
        const auto result = importEvents(buffer, *m, FuzzInput::target(), options);
        if (result.ok()) {
            (void)result->reportCsv();
            (void)applyImport(FuzzInput::target(), result.value());
        }
    }
    return 0;
}
