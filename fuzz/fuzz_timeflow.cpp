// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TimeFlow (.time: #TIMEFLOW header lines, then a tab-separated table read by the bulk importer).
#include "eventimporttypes.h"
#include "fuzzinput.h"
#include "timelinetools.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Entente::EventImportResult report;
    // Small chunks and a small record cap (as in the bulk targets); bad rows skipped or not, by the input's length.
    Entente::EventImportOptions options;
    options.skipBadRows = size % 2 == 0;
    options.chunkSize = 256;
    options.maxRecordBytes = 4096;
    options.threads = 1;
    (void)Entente::importTimeFlow(FuzzInput::bytes(data, size), FuzzInput::target(), options, &report);
    return 0;
}
