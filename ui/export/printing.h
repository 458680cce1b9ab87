// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Print and print preview for any view and for the briefing. The printer is set to 96 dpi so that fonts and
// geometry measure as on screen; the page content comes from the same routines as the PNG/SVG/PDF export.

#include "briefingexporter.h"
#include "exportoptions.h"

class QPrinter;
class QWidget;

namespace Entente {

class Paintable;

namespace Printing {

void preparePrinter(QPrinter* printer, const QString& documentName, bool landscape);
void printView(QPrinter* printer, const Paintable& view, const ExportOptions& options);
void printBriefing(QPrinter* printer, const BriefingExporter& briefing, const QList<BriefingExporter::Page>& pages);

// Modal dialogs; return true when the user printed.
bool printViewWithDialog(QWidget* parent, const Paintable& view, const ExportOptions& options);
bool previewView(QWidget* parent, const Paintable& view, const ExportOptions& options);
bool previewBriefing(QWidget* parent, const BriefingExporter& briefing, const QList<BriefingExporter::Page>& pages);

} // namespace Printing
} // namespace Entente
