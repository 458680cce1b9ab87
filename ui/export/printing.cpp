// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing.h"

#include "imageexporter.h"
#include "paintable.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Entente::Printing {

void preparePrinter(QPrinter* printer, const QString& documentName, bool landscape)
{
    printer->setResolution(96);
    printer->setDocName(documentName);
    printer->setCreator(u"Entente"_qs);
    printer->setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
}

void printView(QPrinter* printer, const Paintable& view, const ExportOptions& options)
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const qreal toDevice = qreal(printer->logicalDpiX()) / 96.0;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    painter.scale(toDevice, toDevice);
    ExportOptions o = options;
    if (!o.isPaper())
        o.preset = ExportOptions::SizePreset::A4Landscape; // paper margins
    ImageExporter(o).paintComposed(&painter, QRectF(QPointF(0, 0), page.size() / toDevice), view);
    painter.end();
}

void printBriefing(QPrinter* printer, const BriefingExporter& briefing, const QList<BriefingExporter::Page>& pages)
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    briefing.paint(printer, &painter, pages);
    painter.end();
}

bool printViewWithDialog(QWidget* parent, const Paintable& view, const ExportOptions& options)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, view.title(), true);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printView(&printer, view, options);
    return true;
}

bool previewView(QWidget* parent, const Paintable& view, const ExportOptions& options)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, view.title(), true);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&view, &options](QPrinter* p) { printView(p, view, options); });
    return dialog.exec() == QDialog::Accepted;
}

bool previewBriefing(QWidget* parent, const BriefingExporter& briefing, const QList<BriefingExporter::Page>& pages)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, briefing.title(), true);
    QPrintPreviewDialog dialog(&printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&briefing, &pages](QPrinter* p) { printBriefing(p, briefing, pages); });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Entente::Printing
