// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the date core (DateCore::parse) with every form list a reader uses. Besides not crashing, a
// date it accepts must write an ISO text that PartialDate::parse reads back as the same date, and its period
// must end after it starts.
#include "datecore.h"
#include "fuzzinput.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using Entente::DateCore::Form;
    const QByteArray in = FuzzInput::bytes(data, size);
    const Entente::DateCore::Forms lists[] = { Form::Iso | Form::SignedYear,
        Form::Iso | Form::CompactDigits | Form::MonthNames, Form::LooseIso };
    for (const auto forms : lists) {
        const auto d = Entente::DateCore::parse(in, forms);
        if (!d.ok())
            continue;
        const auto back = Entente::PartialDate::parse(d->toIso());
        if (!back.ok() || back.value() != d.value() || d->periodEnd() <= d->msecs)
            std::abort();
    }
    return 0;
}
