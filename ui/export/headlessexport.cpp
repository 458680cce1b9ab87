// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessexport.h"

#include "forecast/forecastpaintable.h"

#include "briefingexporter.h"
#include "charts/chartpaintable.h"
#include "document.h"
#include "eventsmodel.h"
#include "imageexporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct HeadlessExportText {
        Q_DECLARE_TR_FUNCTIONS(Entente::HeadlessExport)
    };
QString iso(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate); }

constexpr int MaxPixels = 16384;

ChartSpec chartSpec(const Dossier& d, ChartKind kind, const HeadlessExportRequest& r)
{
    ChartSpec s;
    s.kind = kind;
    s.issueId = r.issueId.isEmpty() && !d.issues().isEmpty() ? d.issues().first().id : r.issueId;
    s.filter.asOf = r.asOf;
    s.filter.from = r.from;
    s.filter.to = r.to;
    s.filter.rowMask = r.rowMask;
    // Weeks for a period of a few months or less (a month per bar would leave one or two bars), unless asked.
    s.bucket = r.from && r.to && *r.to - *r.from < 120 * 86400000LL ? ActivityBucket::Week : ActivityBucket::Month;
    if (r.chartPeriod == u"day")
        s.bucket = ActivityBucket::Day;
    else if (r.chartPeriod == u"week")
        s.bucket = ActivityBucket::Week;
    else if (r.chartPeriod == u"month")
        s.bucket = ActivityBucket::Month;
    return s;
}
} // namespace

QString applySavedView(const Dossier& d, HeadlessExportRequest* r)
{
    if (r->savedView.isEmpty())
        return {};
    const auto index = d.savedViewByName(r->savedView);
    if (index < 0) {
        QStringList names;
        for (const auto& v : d.savedViews())
            names << v.name;
        return names.isEmpty() ? HeadlessExportText::tr("no saved view named \"%1\": the dossier has no saved views").arg(r->savedView)
                               : HeadlessExportText::tr("no saved view named \"%1\" (the dossier has: %2)").arg(r->savedView, names.join(u", "_qs));
    }
    const SavedView& v = d.savedViews()[index];
    // What the command line gives wins; the view fills in the rest.
    if (!r->asOf)
        r->asOf = v.asOf;
    if (!r->compareDate)
        r->compareDate = v.compareDate;
    if (!r->from && !r->to) {
        r->from = v.timelineFrom;
        r->to = v.timelineTo;
    }
    if (r->lanes.isEmpty())
        r->lanes = v.lanes;
    if (r->issueId.isEmpty() && d.issueIndex(v.chartIssue) >= 0)
        r->issueId = v.chartIssue;
    if (r->chartPeriod.isEmpty())
        r->chartPeriod = v.chartPeriod;
    if (v.scenario) {
        r->scenario = v.scenario;
        r->scenarioName = v.name;
    }
    // The view's events filter, through the one filter the window uses (an in-memory document of a copy).
    EventFilter f;
    f.text = v.filterText;
    if (!v.filterParty.isEmpty())
        f.parties = { v.filterParty };
    if (!v.filterIssue.isEmpty())
        f.issues = { v.filterIssue };
    if (!v.filterTag.isEmpty())
        f.tags = { v.filterTag };
    if (v.filterFrom && v.filterTo) {
        f.from = *v.filterFrom;
        f.to = *v.filterTo + 86400000LL - 1; // the whole last day, as the filter bar reads it
    }
    if (!f.isEmpty() && r->rowMask.empty()) {
        Document doc;
        doc.open(nullptr, Dossier(d));
        EventsModel events(&doc);
        events.setFilter(f);
        const auto& bytes = events.rowMask();
        r->rowMask.assign(bytes.begin(), bytes.end());
    }
    return {};
}

QStringList headlessViews()
{
    return { u"matrix"_qs, u"timeline"_qs, u"history"_qs, u"convergence"_qs, u"activity"_qs, u"distribution"_qs,
        u"briefing"_qs };
}

QString validateHeadlessExport(const Dossier& d, const HeadlessExportRequest& r)
{
    if (!headlessViews().contains(r.view))
        return HeadlessExportText::tr("unknown view \"%1\" (expected one of: %2)")
            .arg(r.view, headlessViews().join(u", "_qs));
    if (r.outPath.isEmpty())
        return HeadlessExportText::tr("no output file given (--out PATH)");
    const auto format = ImageExporter::formatForPath(r.outPath);
    if (!format)
        return HeadlessExportText::tr("unknown output format \"%1\" (expected .png, .svg or .pdf)")
            .arg(QFileInfo(r.outPath).suffix());
    if (r.view == u"briefing" && *format != ImageExporter::Format::Pdf)
        return HeadlessExportText::tr("the briefing is a PDF: use a .pdf output file");
    if (!r.issueId.isEmpty() && d.issueIndex(r.issueId) < 0)
        return HeadlessExportText::tr("unknown issue \"%1\"").arg(r.issueId);
    if (r.view == u"history" && d.issues().isEmpty())
        return HeadlessExportText::tr("the dossier has no issues");
    for (const QString& section : r.sections)
        if (!briefingSections().contains(section))
            return HeadlessExportText::tr("unknown briefing section \"%1\" (expected some of: %2)")
                .arg(section, briefingSections().join(u", "_qs));
    for (const QString& issue : r.issues)
        if (d.issueIndex(issue) < 0)
            return HeadlessExportText::tr("unknown issue \"%1\"").arg(issue);
    if ((!r.sections.isEmpty() || !r.issues.isEmpty() || !r.marking.isEmpty()) && r.view != u"briefing")
        return HeadlessExportText::tr("--sections, --issues and --marking apply to the briefing only");
    const auto range = d.dateRange();
    for (const auto& [name, date] : { std::pair { u"--as-of"_qs, r.asOf }, std::pair { u"--from"_qs, r.from },
             std::pair { u"--to"_qs, r.to } }) {
        if (!date)
            continue;
        if (!range)
            return HeadlessExportText::tr("%1: the dossier has no dated content").arg(name);
        // A period may reach past the dossier's last date ("up to today") or begin before its first; only a
        // date that leaves nothing of the dossier in view is refused.
        const bool endsBeforeStart = name != u"--from" && *date < range->first;
        const bool startsAfterEnd = name == u"--from" && *date > range->second;
        if (endsBeforeStart || startsAfterEnd)
            return HeadlessExportText::tr("%1 %2 is outside the dossier (%3 to %4)")
                .arg(name, iso(*date).left(10), iso(range->first).left(10), iso(range->second).left(10));
    }
    if (r.from && r.to && *r.from > *r.to)
        return HeadlessExportText::tr("--from is after --to");
    const bool sized = r.size != QSize();
    if (sized && (r.size.width() <= 0 || r.size.height() <= 0))
        return HeadlessExportText::tr("--size must be positive");
    if (sized && (r.size.width() > MaxPixels || r.size.height() > MaxPixels))
        return HeadlessExportText::tr("--size %1x%2 is too large (at most %3 pixels a side)")
            .arg(r.size.width())
            .arg(r.size.height())
            .arg(MaxPixels);
    if (!(r.scale > 0 && r.scale <= 8))
        return HeadlessExportText::tr("--scale must be between 0 and 8");
    if (!r.theme.isEmpty() && r.theme != u"light" && r.theme != u"dark" && r.theme != u"print")
        return HeadlessExportText::tr("unknown theme \"%1\" (expected light, dark or print)").arg(r.theme);
    return {};
}

QStringList briefingSections()
{
    return { u"judgements"_qs, u"whatchanged"_qs, u"forecast"_qs, u"matrix"_qs, u"timeline"_qs, u"history"_qs,
        u"convergence"_qs, u"activity"_qs, u"distribution"_qs, u"events"_qs };
}

BriefingPlan planBriefing(const Dossier& d, const HeadlessExportRequest& r, const HeadlessViewFactory& factory)
{
    BriefingPlan plan;
    // The period defaults to the month up to the as-of date (the dossier's last date): the round being
    // briefed, with the timeline and the charts framed on it rather than on the whole dossier.
    const auto range = d.dateRange();
    const qint64 asOf = r.asOf.value_or(range ? range->second : 0);
    HeadlessExportRequest period = r;
    if (!period.to)
        period.to = asOf;
    if (!period.from)
        period.from = std::max(range ? range->first : *period.to, *period.to - 30 * 86400000LL);
    // The default is every section but the forecast, which is asked for by name (it needs its issues read with
    // their caveats, and a dossier without capabilities forecasts little).
    QStringList sections = r.sections;
    if (sections.isEmpty()) {
        sections = briefingSections();
        sections.removeAll(u"forecast"_qs);
    }
    BriefingOptions& o = plan.options;
    o.asOf = asOf;
    o.from = period.from;
    o.to = period.to;
    o.theme = r.theme == u"print" ? RenderStyle::Theme::Print : RenderStyle::Theme::Light;
    o.title = r.title;
    o.marking = r.marking;
    o.judgements = sections.contains(u"judgements"_qs);
    o.whatChanged = sections.contains(u"whatchanged"_qs);
    o.events = sections.contains(u"events"_qs);
    if (sections.contains(u"forecast"_qs) && !d.issues().isEmpty()) {
        // The chosen issues (the scenario's, else the first, when none is chosen): the outcome as of the date, then a
        // chart page each.
        o.forecastIssues = !r.issues.isEmpty() ? r.issues
            : r.scenario                       ? QStringList { r.scenario->issue }
                                               : QStringList { d.issues().first().id };
        o.forecastScenario = r.scenario;
        o.forecastScenarioName = r.scenarioName;
        for (const QString& issue : o.forecastIssues) {
            auto page = std::make_unique<ForecastPaintable>(d, d.issueIndex(issue), asOf, ForecastOptions {});
            plan.pages.append(BriefingExporter::Page { page.get(), page->title() });
            plan.views.push_back(std::move(page));
        }
    }
    auto add = [&](std::unique_ptr<Paintable> v, const QString& caption = {}) {
        if (!v)
            return;
        plan.pages.append(BriefingExporter::Page { v.get(), caption });
        plan.views.push_back(std::move(v));
    };
    for (const QString& name : { u"matrix"_qs, u"timeline"_qs, u"history"_qs, u"convergence"_qs, u"activity"_qs,
             u"distribution"_qs }) {
        if (!sections.contains(name))
            continue;
        if (name == u"history") {
            if (d.issues().isEmpty())
                continue;
            // One page per chosen issue (the first issue when none is chosen).
            for (const QString& issue : r.issues.isEmpty() ? QStringList { d.issues().first().id } : r.issues) {
                HeadlessExportRequest one = period;
                one.issueId = issue;
                if (const auto kind = Charts::kindFromKey(name)) {
                    ChartSpec spec = chartSpec(d, *kind, one);
                    spec.showTitle = false;
                    add(std::make_unique<ChartPaintable>(d, spec),
                        HeadlessExportText::tr("Position history: %1").arg(d.issues()[d.issueIndex(issue)].name));
                }
            }
            continue;
        }
        if (const auto kind = Charts::kindFromKey(name)) {
            ChartSpec spec = chartSpec(d, *kind, period);
            spec.showTitle = false;
            add(std::make_unique<ChartPaintable>(d, spec));
        } else if (factory) {
            add(factory(name, d, period));
        }
    }
    return plan;
}

QString runHeadlessExport(const Dossier& d, const HeadlessExportRequest& r, const HeadlessViewFactory& factory)
{
    if (const QString error = validateHeadlessExport(d, r); !error.isEmpty())
        return error;
    const auto theme = r.theme == u"print" ? RenderStyle::Theme::Print
        : r.theme == u"dark"                ? RenderStyle::Theme::Dark
                                            : RenderStyle::Theme::Light;

    auto makeView = [&](const QString& view) -> std::unique_ptr<Paintable> {
        if (const auto kind = Charts::kindFromKey(view)) {
            ChartSpec spec = chartSpec(d, *kind, r);
            spec.showTitle = r.view != u"briefing"; // the briefing page header carries the title
            return std::make_unique<ChartPaintable>(d, spec);
        }
        return factory ? factory(view, d, r) : nullptr;
    };

    if (r.view == u"briefing") {
        const BriefingPlan plan = planBriefing(d, r, factory);
        return BriefingExporter(d, plan.options).exportTo(r.outPath, plan.pages);
    }

    const auto view = makeView(r.view);
    if (!view)
        return HeadlessExportText::tr("the %1 view is not available in this build").arg(r.view);
    ExportOptions o;
    o.preset = r.size == QSize() ? ExportOptions::SizePreset::AsOnScreen : ExportOptions::SizePreset::Custom;
    o.customSize = r.size;
    o.scale = r.scale;
    if (o.preset == ExportOptions::SizePreset::AsOnScreen)
        o.screenSize = view->naturalSize();
    o.theme = theme;
    o.title = r.title;
    o.asOf = r.asOf;
    if (!o.asOf && d.dateRange()) // the source line names the date the view shows: the dossier's latest
        o.asOf = d.dateRange()->second;
    o.asOfStamp = r.asOf.has_value() && !r.title.isEmpty();
    o.sourceLine = r.sourceLine;
    o.dossierName = d.name;
    o.legend = r.legend;
    // The view's own colour code (the timeline's parties), else the stance scale the charts use; the matrix draws
    // its own stance legend in the theme's fills, so a second one in screen colours would contradict it.
    o.legendLevels = !view->legend().isEmpty() ? view->legend() : r.view == u"matrix" ? QList<ScaleLevel>() : d.stanceScale();
    return ImageExporter(o).exportTo(*view, r.outPath);
}

} // namespace Entente
