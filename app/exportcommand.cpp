// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "dossierio.h"
#include "export/headlessexport.h"
#include "viewfactory.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Entente {

namespace {
    int fail(const QString& message)
    {
        std::fprintf(stderr, "entente: export: %s\n", qUtf8Printable(message));
        return 1;
    }

    bool parseDate(const QCommandLineParser& p, const QString& name, std::optional<qint64>& out, QString* error)
    {
        if (!p.isSet(name))
            return true;
        const auto d = PartialDate::parse(p.value(name));
        if (!d.ok()) {
            *error = QStringLiteral("--%1 %2: %3").arg(name, p.value(name), d.message());
            return false;
        }
        out = d->msecs;
        return true;
    }
}

int runHeadlessExportCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("entente export: render a view of a dossier to PNG, SVG or PDF"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("dossier (.entente or .json)"));
    p.addOptions({
        { QStringLiteral("view"), QStringLiteral("matrix|timeline|history|convergence|activity|distribution|briefing"),
            QStringLiteral("VIEW") },
        { QStringLiteral("issue"), QStringLiteral("issue id (history)"), QStringLiteral("ID") },
        { QStringLiteral("as-of"), QStringLiteral("as-of date (ISO 8601; default: the latest dated item)"), QStringLiteral("DATE") },
        { QStringLiteral("from"), QStringLiteral("start of the period (timeline, activity, briefing)"), QStringLiteral("DATE") },
        { QStringLiteral("to"), QStringLiteral("end of the period"), QStringLiteral("DATE") },
        { QStringLiteral("size"), QStringLiteral("image size in pixels, WxH"), QStringLiteral("WxH") },
        { QStringLiteral("scale"), QStringLiteral("device pixel ratio (1–4)"), QStringLiteral("N") },
        { QStringLiteral("theme"), QStringLiteral("light, dark or print (greyscale-safe)"), QStringLiteral("THEME") },
        { QStringLiteral("title"), QStringLiteral("title drawn above the view"), QStringLiteral("TEXT") },
        { QStringLiteral("source-line"), QStringLiteral("add \"Source: dossier, as of …\" below the view") },
        { QStringLiteral("legend"), QStringLiteral("add the legend") },
        { QStringLiteral("marking"), QStringLiteral("briefing: handling marking printed on every page"), QStringLiteral("TEXT") },
        { QStringLiteral("sections"),
            QStringLiteral("briefing: comma-separated sections (%1; default: all but forecast)").arg(briefingSections().join(u',')),
            QStringLiteral("LIST") },
        { QStringLiteral("issues"), QStringLiteral("briefing: comma-separated issue ids, a position-history page each"),
            QStringLiteral("IDS") },
        { QStringLiteral("out"), QStringLiteral("output file; the extension picks PNG, SVG or PDF"), QStringLiteral("PATH") },
        { QStringLiteral("saved-view"),
            QStringLiteral("render with the settings of the dossier's saved view NAME (dates, filters, timeline "
                           "window and lanes, chart issue and period); options given here win"),
            QStringLiteral("NAME") },
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(p.helpText()), stdout);
        return 0;
    }
    const QStringList pos = p.positionalArguments().mid(1);
    if (pos.size() != 1)
        return fail(QStringLiteral("expected exactly one FILE"));
    if (!p.isSet(QStringLiteral("view")))
        return fail(QStringLiteral("--view is required (%1)").arg(headlessViews().join(u'|')));
    if (!p.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("--out PATH is required"));

    HeadlessExportRequest r;
    r.view = p.value(QStringLiteral("view"));
    r.issueId = p.value(QStringLiteral("issue"));
    r.theme = p.isSet(QStringLiteral("theme")) ? p.value(QStringLiteral("theme")) : QStringLiteral("light");
    r.title = p.value(QStringLiteral("title"));
    r.outPath = p.value(QStringLiteral("out"));
    r.sourceLine = p.isSet(QStringLiteral("source-line"));
    r.legend = p.isSet(QStringLiteral("legend"));
    r.marking = p.value(QStringLiteral("marking")).trimmed();
    const auto list = [&p](const QString& name) {
        QStringList out;
        for (const QString& x : p.value(name).split(u',', Qt::SkipEmptyParts))
            out << x.trimmed();
        return out;
    };
    r.sections = list(QStringLiteral("sections"));
    r.issues = list(QStringLiteral("issues"));
    QString error;
    if (!parseDate(p, QStringLiteral("as-of"), r.asOf, &error) || !parseDate(p, QStringLiteral("from"), r.from, &error)
        || !parseDate(p, QStringLiteral("to"), r.to, &error))
        return fail(error);
    if (p.isSet(QStringLiteral("size"))) {
        const QStringList wh = p.value(QStringLiteral("size")).split(u'x');
        bool okW = false, okH = false;
        if (wh.size() == 2)
            r.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH)
            return fail(QStringLiteral("--size must be WxH, e.g. 1920x1080"));
    }
    if (p.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        r.scale = p.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("--scale must be a number"));
    }
    r.savedView = p.value(QStringLiteral("saved-view")).trimmed();
    if (p.isSet(QStringLiteral("saved-view")) && r.savedView.isEmpty())
        return fail(QStringLiteral("--saved-view needs the name of a view"));
    const auto read = DossierIO::readDossier(pos[0]);
    if (!read.ok())
        return fail(read.message());
    if (const QString e = applySavedView(read.value(), &r); !e.isEmpty())
        return fail(e);
    if (const QString e = runHeadlessExport(read.value(), r, headlessViewFactory()); !e.isEmpty())
        return fail(e);
    return 0;
}

} // namespace Entente
