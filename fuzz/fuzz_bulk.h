// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bulk (mapping) importer under a fuzzer: a mapping that uses every kind of field, small chunks and a small
// record cap so that chunk boundaries and the cap are reached with small inputs.
#include "eventimport.h"
#include "eventimportmapping.h"
#include "fuzzinput.h"

#include <QBuffer>

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
    QByteArray in = FuzzInput::bytes(data, size);
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    EventImportOptions options;
    options.format = format;
    options.chunkSize = 256;
    options.maxRecordBytes = 4096;
    options.threads = 1;
    QString error;
    const auto result = importEvents(buffer, mapping, FuzzInput::target(), options, &error);
    if (result)
        (void)result->reportCsv();
    return 0;
}
