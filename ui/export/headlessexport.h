// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line's `entente export`: validates a request against the dossier and writes one view (or the
// briefing) to PNG, SVG or PDF. Charts and the briefing are built here; the matrix and timeline come from a
// factory the caller plugs in (app/ owns those views). Errors are one line, suitable for stderr.

#include "briefingexporter.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Entente {

class Dossier;
class Paintable;

struct HeadlessExportRequest {
    QString view; // matrix|timeline|history|convergence|activity|distribution|briefing
    QString issueId; // history: the issue (first issue when empty)
    std::optional<qint64> asOf;
    std::optional<qint64> from;
    std::optional<qint64> to;
    QSize size; // pixels; QSize() = the view's natural size
    qreal scale = 1.0;
    QString theme; // light (default) or print
    QString title;
    QString outPath;
    bool sourceLine = false;
    bool legend = false;
    // Briefing only: a handling marking on every page, the sections to include (empty: all of
    // briefingSections()), and issues that get a position-history page each (none: the first issue).
    QString marking;
    QStringList sections;
    QStringList issues;
    // A saved view of the dossier (by name, ignoring case): its as-of and compare dates, timeline window and lanes,
    // chart issue and period, and events filter fill in what the options above leave unset (applySavedView()).
    QString savedView;
    std::optional<qint64> compareDate; // matrix: compare with this date
    QString lanes; // timeline: "parties" (default), "issues" or "single"
    QString chartPeriod; // activity: "day", "week" or "month" (default: from the period's length)
    std::vector<bool> rowMask; // timeline and charts: the events shown (by event row); empty: all
    // Briefing: the saved view's forecast scenario, named by the view (the forecast section shows its outcome).
    std::optional<SavedScenario> scenario;
    QString scenarioName;
};

// Fills `request` from the dossier's saved view named request->savedView (nothing when it is empty); the error
// names the views there are when there is none of that name.
[[nodiscard]] QString applySavedView(const Dossier& dossier, HeadlessExportRequest* request);

// judgements, whatchanged, matrix, timeline, history, convergence, activity, distribution, events
[[nodiscard]] QStringList briefingSections();

// Builds the views this module does not own ("matrix", "timeline"); nullptr when it cannot.
using HeadlessViewFactory
    = std::function<std::unique_ptr<Paintable>(const QString& view, const Dossier&, const HeadlessExportRequest&)>;

[[nodiscard]] QStringList headlessViews();
// Checks the request without writing anything; the error or empty.
[[nodiscard]] QString validateHeadlessExport(const Dossier& dossier, const HeadlessExportRequest& request);
// The briefing's options and pages for a request (view "briefing"): the period (default: the month up to the
// as-of date), the sections and one history page per chosen issue. The plan owns its views.
struct BriefingPlan {
    BriefingOptions options;
    std::vector<std::unique_ptr<Paintable>> views;
    QList<BriefingExporter::Page> pages;
};
[[nodiscard]] BriefingPlan planBriefing(const Dossier& dossier, const HeadlessExportRequest& request,
    const HeadlessViewFactory& factory);

// Validates, renders and writes. Returns a one-line error, or empty on success.
[[nodiscard]] QString runHeadlessExport(const Dossier& dossier, const HeadlessExportRequest& request,
    const HeadlessViewFactory& factory = {});

} // namespace Entente
