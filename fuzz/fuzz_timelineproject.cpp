// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: The Timeline Project's XML (.timeline, libexpat), then the TimelineJS exporter on what it read.
#include "fuzzinput.h"
#include "timelinejs.h"
#include "timelinetools.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto d = Entente::importTimelineProject(FuzzInput::bytes(data, size), FuzzInput::target(), {});
    if (d.ok())
        (void)Entente::exportTimelineJs(d.value());
    return 0;
}
