// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastinputreader.h"

#include "csvreader.h"
#include "dossier.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cmath>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct ForecastInputText {
        Q_DECLARE_TR_FUNCTIONS(Forecast)
    };

    // Records the error (with the line and field at fault when known) and returns false.
    bool fail(Error* error, const QString& message, qint64 line = -1, const QString& field = {})
    {
        if (error)
            *error = line >= 0 ? Error(message, line, field) : Error(message, Error::Kind::Invalid);
        return false;
    }

    std::optional<double> number(const QString& text)
    {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        return v;
    }

    QStringList trimmed(QStringList fields)
    {
        for (auto& f : fields)
            f = f.trimmed();
        while (!fields.isEmpty() && fields.last().isEmpty())
            fields.removeLast(); // KTAB rows end with a comma
        return fields;
    }

    bool isBlank(const QStringList& fields)
    {
        for (const auto& f : fields)
            if (!f.trimmed().isEmpty())
                return false;
        return true;
    }

    // One numeric field of a row, checked; `scale` divides (saliences given on 0…100).
    bool field(const QStringList& row, int column, const QString& name, qint64 line, double lo, double hi, double& out,
        Error* error)
    {
        if (column >= row.size() || row[column].isEmpty())
            return fail(error, ForecastInputText::tr("line %1: %2 is missing").arg(line).arg(name), line, name);
        const auto v = number(row[column]);
        if (!v)
            return fail(error,
                ForecastInputText::tr("line %1: %2 \"%3\" is not a number").arg(line).arg(name, row[column]), line,
                name);
        if (*v < lo || *v > hi)
            return fail(error,
                ForecastInputText::tr("line %1: %2 %3 is outside %4…%5")
                    .arg(line)
                    .arg(name, row[column])
                    .arg(lo)
                    .arg(hi),
                line, name);
        out = *v;
        return true;
    }

    bool readKtab(CsvReader& csv, const QStringList& first, ForecastInput& in, Error* error)
    {
        const auto actors = first.size() > 2 ? number(first[2]) : std::nullopt;
        const auto dims = first.size() > 3 ? number(first[3]) : std::nullopt;
        // Whole numbers only, and the actor count is compared as a number, never cast: "1e300 actors" is a count
        // no integer type holds (the cast was undefined behaviour, see fuzz/corpus/forecastcsv/crash-*).
        if (!actors || !dims || *actors < 1 || *dims < 1 || *dims > 100 || *actors != std::floor(*actors)
            || *dims != std::floor(*dims))
            return fail(error,
                ForecastInputText::tr("line 1: expected \"name, description, actors, dimensions\" (KTAB layout)"), 1);
        QStringList header;
        if (!csv.next(header))
            return fail(error,
                csv.hasError() ? csv.errorMessage() : ForecastInputText::tr("line 2: the header row is missing"));
        header = trimmed(header);
        const int nd = int(*dims);
        if (header.size() < 3 + 2 * nd)
            return fail(error,
                ForecastInputText::tr("line %1: expected Actor, Description, Power and %2 position/salience pairs")
                    .arg(csv.recordLine())
                    .arg(nd));
        for (int d = 0; d < nd; ++d) {
            QString name = header[3 + 2 * d];
            in.dimensions << name;
            in.axisMin.push_back(0);
            in.axisMax.push_back(100);
        }
        QStringList row;
        while (csv.next(row)) {
            if (isBlank(row))
                continue;
            row = trimmed(row);
            const qint64 line = csv.recordLine();
            ForecastActor a;
            a.name = row.value(0);
            if (a.name.isEmpty())
                return fail(
                    error, ForecastInputText::tr("line %1: Actor is empty").arg(line), line, QStringLiteral("Actor"));
            if (!field(row, 2, QStringLiteral("Power"), line, 0, 1e300, a.capability, error))
                return false;
            double salienceSum = 0;
            for (int d = 0; d < nd; ++d) {
                double x = 0, s = 0;
                if (!field(row, 3 + 2 * d, header[3 + 2 * d], line, 0, 100, x, error)
                    || !field(row, 4 + 2 * d, header[4 + 2 * d], line, 0, 100, s, error))
                    return false;
                a.position.push_back(x);
                a.salience.push_back(s / 100);
                salienceSum += s;
            }
            if (salienceSum > 100 + 1e-9)
                return fail(
                    error, ForecastInputText::tr("line %1: the saliences add up to more than 100").arg(line), line, {});
            in.actors.push_back(std::move(a));
        }
        if (csv.hasError())
            return fail(error, ForecastInputText::tr("line %1: %2").arg(csv.errorLine()).arg(csv.errorMessage()),
                csv.errorLine());
        if (double(in.actors.size()) != *actors)
            return fail(error,
                ForecastInputText::tr("line 1 announces %1 actors, the file has %2").arg(*actors).arg(in.actors.size()),
                1);
        return true;
    }

    bool readPlain(CsvReader& csv, const QStringList& header, ForecastInput& in, Error* error)
    {
        int cActor = -1, cCap = -1, cPos = -1, cSal = -1;
        for (int i = 0; i < header.size(); ++i) {
            const QString h = header[i].trimmed().toLower();
            if (h == u"actor" || h == u"party" || h == u"name")
                cActor = i;
            else if (h == u"capability" || h == u"power" || h == u"clout")
                cCap = i;
            else if (h == u"position")
                cPos = i;
            else if (h == u"salience")
                cSal = i;
        }
        if (cActor < 0 || cCap < 0 || cPos < 0 || cSal < 0)
            return fail(error,
                ForecastInputText::tr("line 1: expected the columns actor, capability, position and salience"), 1);
        in.dimensions << QStringLiteral("position");
        QStringList row;
        while (csv.next(row)) {
            if (isBlank(row))
                continue;
            const qint64 line = csv.recordLine();
            ForecastActor a;
            a.name = row.value(cActor).trimmed();
            if (a.name.isEmpty())
                return fail(
                    error, ForecastInputText::tr("line %1: actor is empty").arg(line), line, QStringLiteral("actor"));
            double x = 0, s = 0;
            if (!field(row, cCap, QStringLiteral("capability"), line, 0, 1e300, a.capability, error)
                || !field(row, cPos, QStringLiteral("position"), line, -1e300, 1e300, x, error)
                || !field(row, cSal, QStringLiteral("salience"), line, 0, 100, s, error))
                return false;
            a.position = { x };
            a.salience = { s / 100 };
            in.actors.push_back(std::move(a));
        }
        if (csv.hasError())
            return fail(error, ForecastInputText::tr("line %1: %2").arg(csv.errorLine()).arg(csv.errorMessage()),
                csv.errorLine());
        return true;
    }
}

Result<ForecastInput> ForecastInputReader::fromCsv(QIODevice& device)
{
    CsvReader csv(device);
    QStringList first;
    while (csv.next(first)) {
        if (!isBlank(first))
            break;
        first.clear();
    }
    if (first.isEmpty() || isBlank(first)) {
        if (csv.hasError())
            return Error(
                ForecastInputText::tr("line %1: %2").arg(csv.errorLine()).arg(csv.errorMessage()), csv.errorLine(), {});
        return Error(ForecastInputText::tr("the table is empty"), Error::Kind::Invalid);
    }
    first = trimmed(first);
    ForecastInput in;
    // KTAB's first row: "Scenario-name, description, actors, dimensions".
    const bool ktab = first.size() >= 4 && number(first[2]) && number(first[3])
        && first[0].compare(QStringLiteral("actor"), Qt::CaseInsensitive) != 0;
    Error error;
    const bool ok = ktab ? readKtab(csv, first, in, &error) : readPlain(csv, first, in, &error);
    if (!ok)
        return error;
    if (in.actors.empty())
        return Error(ForecastInputText::tr("the table has no actors"), Error::Kind::Invalid);
    return in;
}

Result<ForecastInput> ForecastInputReader::fromCsvFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ForecastInputText::tr("cannot open %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    auto in = fromCsv(f);
    if (!in.ok())
        return in.error().prefixed(path);
    return in;
}

ForecastInput ForecastInputReader::fromDossier(const Dossier& d, qsizetype issue, qint64 asOfMsecs)
{
    ForecastInput in;
    in.dimensions << d.issues().value(issue).name;
    double lo = 0, hi = 0;
    bool any = false;
    for (const auto& level : d.stanceScale()) {
        if (level.isUnknown)
            continue;
        if (!any || level.value < lo)
            lo = level.value;
        if (!any || level.value > hi)
            hi = level.value;
        any = true;
    }
    // The issue's own axis, when it has one: positions on it (a stance without a value on the axis is mapped
    // linearly from the stance scale's span onto the axis's), outcomes named by its anchors.
    const QList<AxisAnchor> axis = d.issues().value(issue).axis;
    if (!axis.isEmpty()) {
        in.axisMin = { axis.first().value };
        in.axisMax = { axis.last().value };
        for (const auto& a : axis)
            in.anchors.emplace_back(a.value, a.label);
    } else {
        for (const auto& level : d.stanceScale())
            if (!level.isUnknown)
                in.anchors.emplace_back(double(level.value), level.label);
        if (any && lo < hi) {
            in.axisMin = { lo };
            in.axisMax = { hi };
        }
    }
    auto onAxis = [&](const PositionChange& c, const ScaleLevel& level) {
        if (axis.isEmpty())
            return double(level.value);
        if (c.axisValue)
            return *c.axisValue;
        const double t = hi > lo ? (level.value - lo) / (hi - lo) : 0.5;
        return axis.first().value + t * (axis.last().value - axis.first().value);
    };
    QStringList assumed;
    // Capabilities in force at the date (per issue over general); a party without one takes the mean of those
    // recorded, so that it neither dominates nor vanishes; with none recorded every party weighs the same (1).
    std::vector<std::optional<double>> capability(size_t(d.parties().size()));
    double recordedSum = 0;
    int recorded = 0;
    for (qsizetype p = 0; p < d.parties().size(); ++p)
        if (const CapabilityChange* c = d.capabilityAsOf(p, issue, asOfMsecs)) {
            capability[size_t(p)] = c->value;
            recordedSum += c->value;
            ++recorded;
        }
    const double fallback = recorded > 0 ? recordedSum / recorded : 1.0;
    QStringList defaulted;
    for (qsizetype p = 0; p < d.parties().size(); ++p) {
        const PositionChange* c = d.positionAsOf(p, issue, asOfMsecs);
        if (!c)
            continue;
        const ScaleLevel* level = d.stanceLevel(c->stance);
        if (!level || level->isUnknown)
            continue;
        ForecastActor a;
        a.name = d.parties()[p].name;
        a.id = d.parties()[p].id;
        a.capability = capability[size_t(p)].value_or(fallback);
        if (!capability[size_t(p)])
            defaulted << a.name;
        a.position = { onAxis(*c, *level) };
        if (c->salience < 0)
            assumed << a.name;
        a.salience = { (c->salience < 0 ? 50.0 : double(c->salience)) / 100.0 };
        in.actors.push_back(std::move(a));
    }
    if (!assumed.isEmpty())
        in.notes
            << ForecastInputText::tr("Salience not assessed, taken as 50: %1").arg(assumed.join(QStringLiteral(", ")));
    if (recorded == 0)
        in.notes << ForecastInputText::tr(
            "Capability: equal (1) for every party; the dossier records no capabilities.");
    else if (!defaulted.isEmpty())
        in.notes << ForecastInputText::tr("Capability not recorded, taken as the mean of those recorded (%1): %2")
                        .arg(QLocale().toString(fallback, 'g', 4), defaulted.join(QStringLiteral(", ")));
    in.assumedCapabilities = defaulted.size();
    return in;
}

} // namespace Entente
