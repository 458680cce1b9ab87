// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the streaming JSON dossier reader (entente-dossier v1), then the writer on what it read.
#include "fuzzinput.h"
#include "jsoninterchange.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray in = FuzzInput::bytes(data, size);
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    Entente::Dossier d;
    if (!Entente::readDossierJson(buffer, d).isError()) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        (void)Entente::writeDossierJson(d, out);
    }
    return 0;
}
