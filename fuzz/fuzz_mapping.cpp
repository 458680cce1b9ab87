// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a column-mapping file (MAPPING.json, `--mapping FILE` and the wizard's saved mappings), then
// the bulk importer with what it read on a small fixed table whose columns the seeds name.
#include "eventimport.h"
#include "eventimportmapping.h"
#include "fuzzinput.h"
#include "jsonreader.h"

#include <QBuffer>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Entente;
    const auto doc = parseJsonDocument(FuzzInput::bytes(data, size), JsonReader::Controls::Refuse);
    if (!doc.ok() || !doc->isObject())
        return 0;
    const auto mapping = ColumnMapping::fromJson(doc->toObject());
    if (!mapping.ok())
        return 0;
    (void)mapping->referencedColumns();
    (void)parseTitleTemplate(mapping->title);
    // What was read must survive its own round trip.
    const auto again = ColumnMapping::fromJson(mapping->toJson());
    if (!again.ok() || !(again.value() == mapping.value()))
        abort();
    QByteArray table("date,end,title,type,actor1,actor2,tag,notes,lat,lon,source,code,prec\n"
                     "2025-12-15,2025-12-16,Talks,Meeting,Ukraine,Russia,a;b,n,50.4,30.5,https://x.org,043,day\n"
                     "2025-12,,,Statement,ua,,,,,,,190,month\n"
                     "1999,,\"Quoted, title\",,,,,,-91,181,,,\n");
    QBuffer buffer(&table);
    buffer.open(QIODevice::ReadOnly);
    EventImportOptions options;
    options.chunkSize = 64;
    options.threads = 1;
    const auto result = importEvents(buffer, mapping.value(), FuzzInput::target(), options);
    if (result.ok())
        (void)applyImport(FuzzInput::target(), result.value());
    return 0;
}
