// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the forecast input tables (plain actor/capability/position/salience CSV and KTAB's SMP
// scenario layout), then every model on what was read while the input is small enough to run in milliseconds.
#include "forecastinputreader.h"
#include "fuzzinput.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Entente;
    QByteArray in = FuzzInput::bytes(data, size);
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    const auto input = ForecastInputReader::fromCsv(buffer);
    if (!input.ok() || !input->validate().ok() || input->actors.size() > 12 || input->dimensionCount() > 3)
        return 0;
    for (const auto model : { ForecastModel::Mean, ForecastModel::Median, ForecastModel::Condorcet, ForecastModel::Nash,
             ForecastModel::ExpectedUtility, ForecastModel::SpatialModel }) {
        ForecastOptions options;
        options.model = model;
        options.rounds = 3;
        const auto r = Forecast::run(input.value(), options);
        if (r.ok())
            (void)Forecast::explainLastRound(input.value(), r.value());
    }
    return 0;
}
