// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The briefing: one multi-page PDF (or print job) an analyst hands on — a title page (dossier, as-of date,
// period, generated-at), the key judgements (each with its confidence and the grades of its evidence) and the
// analyst's other notes, "what changed" over the period (WhatChanged, by issue), one page per view given
// (matrix, timeline of the period, charts; each with the legend of its own colours), then the events of the
// period with their sources and gradings. A handling marking ("OFFICIAL – SENSITIVE"), when given, is
// printed at the top and bottom of every page. Views are drawn by their own paint routines; the event list is
// laid out by QTextDocument from escaped HTML. The same paint() serves QPdfWriter and QPrinter.

#include "exportoptions.h"
#include "forecast.h"
#include "types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace Entente {

class Dossier;
class Paintable;

struct BriefingOptions {
    std::optional<qint64> asOf;
    std::optional<qint64> from; // the period of the event list; the whole dossier if unset
    std::optional<qint64> to;
    bool landscape = true;
    bool letter = false; // A4 otherwise
    RenderStyle::Theme theme = RenderStyle::Theme::Print;
    QString title; // the dossier's name if empty
    int maxEvents = 2000; // the list says how many more were left out
    QString marking; // handling marking on every page; none when empty
    bool judgements = true; // the key judgements and notes, as the summary after the title page (when there are any)
    bool whatChanged = true; // the "what changed" section: from `from` (or the step before as-of) to as-of
    // Opens the "what changed" section: how well the matrix as of the date is sourced (reliability.h), with
    // this grade as the threshold below which a position counts as weak.
    QString reliabilityThreshold = QStringLiteral("C3");
    bool events = true; // the event list
    // The forecast section: for each of these issues (ids) the predicted outcome as of the date with its caveats
    // (after "what changed"); none when empty. Its over-time chart pages are ordinary pages (ForecastPaintable).
    QStringList forecastIssues;
    ForecastModel forecastModel = ForecastModel::Median;
    // A saved view's forecast scenario, when the briefing is made from that view: on its issue the section names
    // the scenario's outcome (same model) beside the baseline's.
    std::optional<SavedScenario> forecastScenario;
    QString forecastScenarioName;
    std::optional<qint64> generatedAt; // now if unset (tests pin it)
};

class BriefingExporter {
public:
    struct Page {
        const Paintable* view = nullptr;
        QString caption; // plain text; the view's title if empty
    };

    BriefingExporter(const Dossier& dossier, BriefingOptions options);

    // Writes a PDF through SafeFileWriter; returns an error sentence or empty.
    [[nodiscard]] QString exportTo(const QString& path, const QList<Page>& pages) const;
    // Paints every page into an open painter on `device` (96 logical pixels per inch); returns the page count.
    // `titles`, when given, receives one entry per page painted ("Title", "What changed", a view's caption,
    // "Events"), in order.
    int paint(QPagedPaintDevice* device, QPainter* painter, const QList<Page>& pages, QStringList* titles = nullptr) const;
    [[nodiscard]] QString eventListHtml() const; // escaped
    [[nodiscard]] QString whatChangedHtml() const; // escaped; opens with reliabilityHtml()
    // Escaped: the key judgements (confidence, text, what they are pinned to, the graded evidence), then the other
    // notes with what each is pinned to; empty when the dossier has no notes.
    [[nodiscard]] QString judgementsHtml() const;
    [[nodiscard]] QString reliabilityHtml() const; // escaped
    // Escaped: per forecast issue the predicted outcome as of the date, what it rests on and, when the inputs are
    // thin, the caveat line; empty when no forecast issue is chosen.
    [[nodiscard]] QString forecastHtml() const;
    // The period the "what changed" section covers.
    [[nodiscard]] std::pair<qint64, qint64> whatChangedPeriod() const;
    [[nodiscard]] QString title() const;

private:
    void paintTitlePage(QPainter* painter, const QRectF& page) const;
    int paintHtml(QPagedPaintDevice* device, QPainter* painter, const QRectF& page, const QString& html,
        const QString& pageLabel) const;
    void paintMarking(QPainter* painter, const QRectF& page) const;
    [[nodiscard]] ExportOptions pageOptions(const QString& caption) const;

    const Dossier& m_dossier;
    BriefingOptions m_options;
};

} // namespace Entente
