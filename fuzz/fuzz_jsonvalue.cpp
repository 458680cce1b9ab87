// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the JSON reader core as the small-document readers use it (parseJsonDocument: TimelineJS,
// the codecs, the import preview). Besides not crashing, a document it accepts, written back by QJsonDocument,
// must read back as the same value.
#include "fuzzinput.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto v = Entente::parseJsonDocument(FuzzInput::bytes(data, size));
    if (!v.ok())
        return 0;
    const QByteArray written = QJsonDocument(QJsonArray { v.value() }).toJson(QJsonDocument::Compact);
    const auto back = Entente::parseJsonDocument(written);
    if (!back.ok() || !back->isArray() || QJsonDocument(back->toArray()).toJson(QJsonDocument::Compact) != written)
        std::abort();
    return 0;
}
