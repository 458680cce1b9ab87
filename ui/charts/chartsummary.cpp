// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsummary.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QXYSeries>

namespace Entente::Charts {

namespace {
    // Series names and titles are rich text in Qt Charts (escaped dossier text): read them as plain text.
    QString plain(const QString& rich) { return QTextDocumentFragment::fromHtml(rich).toPlainText(); }

    QString valueText(QXYSeries* series, qreal y)
    {
        for (auto* axis : series->attachedAxes())
            if (auto* categories = qobject_cast<QCategoryAxis*>(axis); categories && axis->orientation() == Qt::Vertical) {
                for (const QString& label : categories->categoriesLabels())
                    if (y <= categories->endValue(label) && y >= categories->startValue(label))
                        return plain(label);
            }
        return QLocale().toString(y, 'g', 4);
    }
}

QString textSummary(const QChart* chart)
{
    if (!chart)
        return {};
    QStringList sentences;
    if (!chart->title().isEmpty())
        sentences << plain(chart->title());
    for (auto* series : chart->series()) {
        const QString name = plain(series->name());
        if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            if (xy->count() == 0 || name.isEmpty())
                continue;
            sentences << QCoreApplication::translate("ChartSummary", "%1: %n point(s), last %2", nullptr, int(xy->count())).arg(name, valueText(xy, xy->at(xy->count() - 1).y()));
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (const auto* set : bars->barSets()) {
                qreal total = 0;
                for (int i = 0; i < set->count(); ++i)
                    total += set->at(i);
                sentences << QCoreApplication::translate("ChartSummary", "%1: %2 in all").arg(plain(set->label()), QLocale().toString(total, 'g', 6));
            }
        }
    }
    return sentences.join(QStringLiteral(". "));
}

} // namespace Entente::Charts
