// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a ForecastInput from a table (CSV) or from a dossier as of a date.
//
// Tables: the plain layout has a header row naming the columns actor, capability, position and salience (any
// order, case-insensitive; salience 0…100); the KTAB SMP layout is KTAB's own scenario file: a first row
// "name, description, actors, dimensions", a header "Actor, Description, Power, Pstn1, Sal1, …" and one row per
// actor, positions and saliences on 0…100. Errors name the line and the field.
//
// Dossiers: position = the value of the party's stance on the stance scale as of the date (Unknown and no
// position leave the party out), salience = that change's salience (50 when it was not assessed; the input's
// notes say so), capability = the party's capability in force at the date on that issue (an issue-specific one
// over a general one); a party without one takes the mean of the recorded ones, and with none recorded every
// party has capability 1 (the notes say which). The axis is the span of the stance scale's values, or the issue's
// own axis when it has one: then a position is the change's value on that axis, or its stance's value mapped
// linearly from the stance scale's span onto the axis's, and the anchors name the outcome.

#include "forecast.h"
#include "result.h"

class QIODevice;

namespace Entente {

class Dossier;

class ForecastInputReader {
public:
    // Errors name the line and field at fault (Error::line(), Error::field()) where one applies.
    [[nodiscard]] static Result<ForecastInput> fromCsv(QIODevice& device);
    [[nodiscard]] static Result<ForecastInput> fromCsvFile(const QString& path);
    [[nodiscard]] static ForecastInput fromDossier(const Dossier& d, qsizetype issue, qint64 asOfMsecs);
};

} // namespace Entente
