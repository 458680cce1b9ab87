// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the TimelineJS Google-Sheet template saved as CSV, then the TimelineJS exporter on what it read.
#include "fuzzinput.h"
#include "timelinejs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto d = Entente::importTimelineSheet(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
        FuzzInput::target(), {});
    if (d.ok())
        (void)Entente::exportTimelineJs(d.value());
    return 0;
}
