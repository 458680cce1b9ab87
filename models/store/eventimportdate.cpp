// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportdate.h"

#include "datecore.h"

namespace Entente {

Result<PartialDate> parseEventDate(QByteArrayView text)
{
    return DateCore::parse(text, DateCore::Form::Iso | DateCore::Form::CompactDigits | DateCore::Form::MonthNames);
}

} // namespace Entente
