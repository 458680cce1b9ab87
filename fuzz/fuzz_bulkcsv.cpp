// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the bulk (mapping) importer on delimited text.
#include "fuzz_bulk.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return fuzzBulk(data, size, Entente::ImportFormat::Delimited);
}
