// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV interchange reader (importEventsCsv).
#include "csvinterchange.h"
#include "fuzzinput.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray in = FuzzInput::bytes(data, size);
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    Entente::Dossier d = FuzzInput::target();
    qsizetype added = 0;
    (void)Entente::importEventsCsv(buffer, d, {}, &added);
    return 0;
}
