// SPDX-License-Identifier: GPL-3.0-or-later
// The drawing half of TimelineRenderer (layout, hit testing and labels are in timelinerenderer.cpp).
#include "timelinerenderer.h"

#include "dossier.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Entente {

namespace {
    QColor withAlpha(QColor c, int alpha)
    {
        c.setAlpha(alpha);
        return c;
    }

    // A translucent fill in bands of at most 64 rows: Qt's raster engine hands a blend of 96 rows or more to its
    // thread pool, and on a loaded machine the hand-over costs more than the blend (grid lines, era shading).
    // Vector output (SVG, PDF) keeps one rectangle: viewers could show seams between bands.
    void fillTranslucent(QPainter* p, const QRectF& r, const QColor& c)
    {
        const QPaintEngine* engine = p->paintEngine();
        if (!engine || engine->type() != QPaintEngine::Raster) {
            p->fillRect(r, c);
            return;
        }
        constexpr double band = 64;
        for (double y = r.top(); y < r.bottom(); y += band)
            p->fillRect(QRectF(r.left(), y, r.width(), std::min(band, r.bottom() - y)), c);
    }

    QColor parseColor(const QString& s, const QColor& fallback)
    {
        const QColor c = QColor::fromString(s);
        return c.isValid() ? c : fallback;
    }

    // Markers are batched by colour: one drawRects call per colour per lane.
    struct Batches {
        std::vector<std::pair<QRgb, std::vector<QRectF>>> items;
        std::vector<QRectF>& of(const QColor& c)
        {
            const QRgb rgb = c.rgba();
            for (auto& [k, v] : items)
                if (k == rgb)
                    return v;
            items.push_back({ rgb, {} });
            return items.back().second;
        }
        void draw(QPainter* p)
        {
            p->setPen(Qt::NoPen);
            for (auto& [k, v] : items) {
                p->setBrush(QColor::fromRgba(k));
                p->drawRects(v.data(), int(v.size()));
            }
        }
    };
}

const QString& TimelineRenderer::fontKey(const QFont& font) const
{
    // QFont::key() formats every attribute of the font: once per font, not once per text drawn.
    if (m_keyFontKey.isEmpty() || !(font == m_keyFont)) {
        m_keyFont = font;
        m_keyFontKey = font.key();
    }
    return m_keyFontKey;
}

double TimelineRenderer::advance(const QFontMetricsF& fm, const QFont& font, const QString& text) const
{
    // Tick labels repeat from frame to frame (and between candidate tick spacings): measure each once.
    auto& memo = m_advances[fontKey(font)];
    if (memo.size() > 4000)
        memo.clear();
    auto it = memo.constFind(text);
    if (it == memo.constEnd())
        it = memo.insert(text, fm.horizontalAdvance(text));
    return *it;
}

QString TimelineRenderer::elided(const QFontMetricsF& fm, const QFont& font, const QString& text, double width) const
{
    auto& memo = m_elided[fontKey(font)];
    if (memo.size() > 4000)
        memo.clear();
    const QString key = QString::number(width, 'g', 17) + QChar(0x1f) + text;
    auto it = memo.constFind(key);
    if (it == memo.constEnd())
        it = memo.insert(key, fm.elidedText(text, Qt::ElideRight, width));
    return *it;
}

void TimelineRenderer::drawText(QPainter* p, QPointF topLeft, const QString& text) const
{
    if (text.isEmpty())
        return;
    auto& memo = m_textCache[fontKey(p->font())];
    if (memo.size() > 4000)
        memo.clear();
    auto it = memo.find(text);
    if (it == memo.end()) {
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.setPerformanceHint(QStaticText::AggressiveCaching);
        st.prepare(QTransform(), p->font());
        it = memo.insert(text, st);
    }
    p->drawStaticText(topLeft, *it);
}

QList<ScaleLevel> TimelineRenderer::legend() const
{
    QList<ScaleLevel> out;
    const Dossier* d = m_lanes ? m_lanes->dossier() : nullptr;
    if (!d)
        return out;
    switch (m_colorMode) {
    case ColorMode::Party:
        for (const Party& p : d->parties())
            out.append({ p.id, p.name, parseColor(p.color, QColor(Qt::gray)).name(), 0, false });
        break;
    case ColorMode::Issue:
        for (qsizetype i = 0; i < d->issues().size(); ++i)
            out.append({ d->issues()[i].id, d->issues()[i].name, categoricalColor(int(i)).name(), 0, false });
        break;
    case ColorMode::Tag: {
        // Tags in the order the store first meets them (a bounded scan: the legend names at most 12).
        const EventStore& store = d->events();
        std::vector<quint32> seen;
        for (qsizetype row = 0; row < store.size() && seen.size() < 12 && row < 200000; ++row)
            for (quint32 r : store.refs(row))
                if (EventStore::refKindOf(r) == quint32(EventStore::RefKind::Tag)
                    && std::find(seen.begin(), seen.end(), EventStore::refSymbolOf(r)) == seen.end()) {
                    const quint32 sym = EventStore::refSymbolOf(r);
                    seen.push_back(sym);
                    const QString tag = store.symbols().text(sym);
                    out.append({ tag, tag, categoricalColor(int(sym)).name(), 0, false });
                }
        break;
    }
    }
    if (m_lanes->mode() == TimelineLanes::Mode::Issues)
        for (const ScaleLevel& level : d->statusScale())
            out.append({ level.key, QCoreApplication::translate("TimelineRenderer", "Status: %1").arg(level.label), level.color, level.value, false });
    return out;
}

QColor TimelineRenderer::laneColor(const TimelineLanes::Lane& lane) const
{
    if (!lane.color.isEmpty())
        return parseColor(lane.color, QColor());
    if (m_lanes->mode() == TimelineLanes::Mode::Issues && lane.sourceIndex >= 0)
        return categoricalColor(int(lane.sourceIndex));
    return {};
}

QColor TimelineRenderer::eventColor(qsizetype row, const TimelineLanes::Lane& lane) const
{
    const Dossier& d = *m_lanes->dossier();
    const EventStore& store = d.events();
    switch (m_colorMode) {
    case ColorMode::Party:
        if (m_lanes->mode() == TimelineLanes::Mode::Parties && !lane.color.isEmpty())
            return laneColor(lane);
        for (quint32 r : store.refs(row))
            if (EventStore::refKindOf(r) == quint32(EventStore::RefKind::Party)) {
                const qsizetype i = d.partyIndex(store.symbols().text(EventStore::refSymbolOf(r)));
                if (i >= 0)
                    return parseColor(d.parties()[i].color, QColor());
            }
        break;
    case ColorMode::Issue:
        if (m_lanes->mode() == TimelineLanes::Mode::Issues && lane.sourceIndex >= 0)
            return categoricalColor(int(lane.sourceIndex));
        for (quint32 r : store.refs(row))
            if (EventStore::refKindOf(r) == quint32(EventStore::RefKind::Issue)) {
                const qsizetype i = d.issueIndex(store.symbols().text(EventStore::refSymbolOf(r)));
                if (i >= 0)
                    return categoricalColor(int(i));
            }
        break;
    case ColorMode::Tag:
        for (quint32 r : store.refs(row))
            if (EventStore::refKindOf(r) == quint32(EventStore::RefKind::Tag))
                return categoricalColor(int(EventStore::refSymbolOf(r)));
        break;
    }
    return {};
}

void TimelineRenderer::paintBackground(QPainter* p, const Layout& l, const RenderStyle& style, int parts) const
{
    const bool lanes = parts & TimeAreaPart, margins = parts & MarginsPart;
    p->fillRect(margins ? l.target : l.timeArea, style.background);
    const QFontMetricsF fm(style.font);
    int position = 0;
    const Dossier* d = m_lanes ? m_lanes->dossier() : nullptr;
    for (const auto& g : l.lanes) {
        const QRectF row(l.target.left(), g.body.top(), l.target.width(), g.body.height());
        if (position++ % 2 == 1 || g.collapsed)
            p->fillRect(row, style.laneAlternate);
        const auto& lane = m_lanes->lane(g.lane);
        // Issue lanes: tinted by the issue's status over time (live changes, in effective order).
        if (lanes && d && m_lanes->mode() == TimelineLanes::Mode::Issues && lane.sourceIndex >= 0 && !g.collapsed) {
            const auto& cell = d->statusIndex().cell(lane.sourceIndex);
            for (size_t k = 0; k < cell.size(); ++k) {
                const qint64 from = cell[k].effective;
                const qint64 to = k + 1 < cell.size() ? cell[k + 1].effective : l.scale.end() + 1;
                if (to <= from || to < l.scale.start() || from > l.scale.end())
                    continue;
                const ScaleLevel* level = d->statusLevel(d->statusChanges()[cell[k].change].status);
                if (!level)
                    continue;
                const double x0 = std::max(0.0, l.scale.toX(from)), x1 = std::min(l.scale.width(), l.scale.toX(to));
                const QColor c = parseColor(level->color, style.grid);
                fillTranslucent(p, QRectF(g.body.left() + x0, g.body.top(), x1 - x0, g.body.height()), withAlpha(c, 50));
                p->fillRect(QRectF(g.body.left() + x0, g.body.bottom() - 3 * style.scale, x1 - x0, 3 * style.scale), c);
            }
        }
        if (!margins) {
            p->fillRect(QRectF(l.target.left(), g.body.bottom() - 1, l.target.width(), 1), withAlpha(style.grid, 120));
            continue;
        }
        // Header: colour swatch, name, and for collapsed lanes the event count.
        const double pad = 6 * style.scale;
        double textLeft = g.header.left() + pad;
        const QColor swatch = laneColor(lane);
        if (swatch.isValid()) {
            const double s = std::min(10 * style.scale, g.header.height() - 4);
            p->fillRect(QRectF(textLeft, g.header.center().y() - s / 2, s, s), swatch);
            textLeft += s + pad;
        }
        QString text = lane.name;
        if (g.collapsed)
            text += QStringLiteral(" (%1)").arg(lane.rows.size());
        p->setPen(g.collapsed ? style.mutedText : style.foreground);
        const QRectF textRect(textLeft, g.header.top(), g.header.right() - textLeft - pad, g.header.height());
        drawText(p, QPointF(textRect.left(), std::round(textRect.center().y() - fm.height() / 2)),
            elided(fm, style.font, text, textRect.width()));
        p->fillRect(QRectF(l.target.left(), g.body.bottom() - 1, l.target.width(), 1), withAlpha(style.grid, 120));
    }
    // Eras: named shaded periods across all lanes, named in the axis' bottom row.
    if (d) {
        p->save();
        p->setClipRect(lanes ? l.timeArea.united(l.eraBand) : l.eraBand, Qt::IntersectClip);
        std::vector<const Era*> eras;
        for (const Era& e : d->eras())
            if (e.start.isValid())
                eras.push_back(&e);
        std::sort(eras.begin(), eras.end(), [](const Era* a, const Era* b) { return a->start.msecs < b->start.msecs; });
        for (size_t i = 0; i < eras.size(); ++i) {
            const Era& e = *eras[i];
            const qint64 end = eraEndMsecs(e);
            const double x0 = l.timeArea.left() + l.scale.toX(e.start.msecs);
            const double x1 = l.timeArea.left() + l.scale.toX(end);
            if (x1 < l.timeArea.left() || x0 > l.timeArea.right())
                continue;
            const QColor c = parseColor(e.color, style.grid);
            if (lanes)
                fillTranslucent(p, QRectF(x0, l.timeArea.top(), std::max(1.0, x1 - x0), l.timeArea.height()), withAlpha(c, 45));
            if (!margins)
                continue;
            p->fillRect(QRectF(x0, l.eraBand.top(), std::max(1.0, x1 - x0), l.eraBand.height()), withAlpha(c, 140));
            // The name may run past a short era, up to the next era's start.
            const double textLeft = std::max(x0, l.timeArea.left()) + 3 * style.scale;
            const double limit = i + 1 < eras.size() ? l.timeArea.left() + l.scale.toX(eras[i + 1]->start.msecs) : l.timeArea.right();
            const double room = std::min(limit, l.timeArea.right()) - textLeft - 3 * style.scale;
            if (room > fm.averageCharWidth() * 4) {
                p->setPen(style.foreground);
                drawText(p, QPointF(textLeft, std::round(l.eraBand.center().y() - fm.height() / 2)),
                    fm.elidedText(e.name, Qt::ElideRight, room));
            }
        }
        p->restore();
    }
    paintAxis(p, l, style, parts);
    if (margins)
        p->fillRect(QRectF(l.axis.left() - 1, l.target.top(), 1, l.target.height()), style.grid);
}

void TimelineRenderer::paintAxis(QPainter* p, const Layout& l, const RenderStyle& style, int parts) const
{
    const bool lanes = parts & TimeAreaPart, margins = parts & MarginsPart;
    const QFontMetricsF fm(style.font);
    const double left = l.axis.left();
    const double tickBottom = l.eraBand.isEmpty() ? l.axis.bottom() : l.eraBand.top();
    p->save();
    p->setClipRect(QRectF(l.axis.left(), l.target.top(), l.axis.width(), l.target.height()), Qt::IntersectClip);
    // Vertical grid at major ticks across the lanes (rounded the same way wherever the view starts).
    const QColor grid = withAlpha(style.grid, 110);
    if (lanes) {
        // From one pixel before the start: a tick just before it may round onto the first column.
        const TimeScale wider = TimeScale::pixelAligned(l.scale.toMsecs(-1), l.scale.msecsPerPixel(), l.scale.width() + 2);
        const auto gridTicks = wider.ticks([&](const QString& s) { return advance(fm, style.font, s); }, 12 * style.scale);
        for (const auto& t : gridTicks.major)
            fillTranslucent(p, QRectF(left - 1 + std::floor(t.x + 0.5), l.axis.bottom(), 1, l.timeArea.height()), grid);
    }
    if (!margins) {
        p->restore();
        return;
    }
    const auto ticks = l.scale.ticks([&](const QString& s) { return advance(fm, style.font, s); }, 12 * style.scale);
    const double rowH = fm.height();
    const double contextY = l.axis.top() + 3 * style.scale;
    const double majorY = contextY + rowH + 2 * style.scale;
    for (const auto& t : ticks.minor)
        p->fillRect(QRectF(left + std::round(t.x), tickBottom - 4 * style.scale, 1, 4 * style.scale), style.grid);
    p->setPen(style.foreground);
    for (const auto& t : ticks.major) {
        const double x = left + std::round(t.x);
        p->fillRect(QRectF(x, majorY, 1, tickBottom - majorY), style.mutedText);
        drawText(p, QPointF(x + 3 * style.scale, majorY), t.label);
    }
    // Context labels ("Dec 2025"): pinned to the left edge while their period is in view, never overlapping.
    QFont bold = style.font;
    bold.setBold(true);
    p->setFont(bold);
    const QFontMetricsF bfm(bold);
    for (size_t i = 0; i < ticks.context.size(); ++i) {
        const auto& t = ticks.context[i];
        double x = std::max(t.x, 0.0) + 3 * style.scale;
        const double w = bfm.horizontalAdvance(t.label);
        if (i + 1 < ticks.context.size())
            x = std::min(x, ticks.context[i + 1].x - w - 6 * style.scale);
        if (t.x > 0)
            p->fillRect(QRectF(left + std::round(t.x), l.axis.top(), 1, majorY - l.axis.top()), style.mutedText);
        drawText(p, QPointF(left + x, contextY), t.label);
    }
    p->restore();
    p->fillRect(QRectF(l.target.left(), l.axis.bottom() - 1, l.target.width(), 1), style.grid);
}

void TimelineRenderer::paintAsOf(QPainter* p, const Layout& l, const RenderStyle& style, int parts) const
{
    // The as-of line (a 2-px bar, in 64-row bands like the other tall fills) and, on the axis, its handle.
    const bool margins = parts & MarginsPart;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    const double w = 2 * style.scale;
    const double top = margins ? l.axis.top() : l.timeArea.top();
    fillTranslucent(p, QRectF(l.asOfX - w / 2, top, w, l.target.bottom() - top), style.highlight);
    if (margins) {
        const double s = 6 * style.scale;
        const QPointF tip(l.asOfX, l.axis.bottom());
        const QPointF handle[] = { tip, tip + QPointF(-s, -s), tip + QPointF(s, -s) };
        p->setPen(Qt::NoPen);
        p->setBrush(style.highlight);
        p->drawPolygon(handle, 3);
    }
    p->restore();
}

void TimelineRenderer::paintPinnedLabels(QPainter* p, const Layout& l, const RenderStyle& style) const
{
    // Opaque, so that what shows of the event's own label (drawn further left) does not read through.
    p->save();
    p->setClipRect(l.timeArea, Qt::IntersectClip);
    for (const auto& label : l.pinnedLabels) {
        const bool sel = isSelected(label.eventId);
        p->fillRect(label.rect, sel ? style.highlight : style.background);
        p->setPen(sel ? style.highlightedText : style.foreground);
        drawText(p, label.textPos, label.text);
    }
    p->restore();
}

void TimelineRenderer::paintDateNotes(QPainter* p, const Layout& l, const RenderStyle& style) const
{
    // A flag on the axis at a date that carries a note, and on the era band's row at an era that carries one (the
    // tooltip shows their text).
    const Dossier* d = m_lanes ? m_lanes->dossier() : nullptr;
    if (!d || d->notes().isEmpty())
        return;
    const double s = style.scale;
    p->save();
    p->setClipRect(l.axis.united(l.timeArea), Qt::IntersectClip);
    p->setPen(Qt::NoPen);
    p->setBrush(style.foreground);
    auto flag = [&](QPointF tip) {
        const QPointF pts[] = { tip, tip + QPointF(-4 * s, -6 * s), tip + QPointF(4 * s, -6 * s) };
        p->drawPolygon(pts, 3);
    };
    for (const Note& n : d->notes())
        if (n.target == NoteTarget::Date && n.date.msecs >= l.scale.start() && n.date.msecs <= l.scale.end())
            flag(QPointF(l.timeArea.left() + l.scale.toX(n.date.msecs), l.axis.bottom()));
    // An era that carries a note: a flag at the visible end of its band (the axis' bottom row), clear of its name.
    if (!l.eraBand.isEmpty()) {
        QSet<QString> notedEras;
        for (const Note& n : d->notes())
            if (n.target == NoteTarget::Era)
                notedEras.insert(n.eraId);
        for (const Era& e : d->eras()) {
            if (!notedEras.contains(e.id) || !e.start.isValid())
                continue;
            const qint64 end = eraEndMsecs(e);
            const double x0 = std::max(l.timeArea.left(), l.timeArea.left() + l.scale.toX(e.start.msecs));
            const double x1 = std::min(l.timeArea.right(), l.timeArea.left() + l.scale.toX(end));
            if (x1 - x0 >= 2 * s)
                flag(QPointF(std::max(x0 + 4 * s, x1 - 5 * s), l.eraBand.bottom()));
        }
    }
    p->restore();
}

void TimelineRenderer::paintLane(QPainter* p, const Layout& l, const LaneGeometry& g, const RenderStyle& style) const
{
    if (g.collapsed)
        return;
    // Position and status changes: a diamond in the lane's change strip, in the new stance's or status' colour.
    if (!g.changeStrip.isEmpty()) {
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(QPen(style.foreground, 0.8 * style.scale));
        for (const ChangeMark& m : l.changeMarks) {
            if (m.lane != g.lane)
                continue;
            const QPointF c = m.rect.center();
            const double r = m.rect.width() / 2;
            const QPointF diamond[] = { { c.x(), c.y() - r }, { c.x() + r, c.y() }, { c.x(), c.y() + r }, { c.x() - r, c.y() } };
            p->setBrush(m.color);
            p->drawPolygon(diamond, 4);
        }
        p->restore();
    }
    if (g.density) {
        paintDensity(p, l, g, style);
        return;
    }
    const auto& lane = m_lanes->lane(g.lane);
    const QColor fallback = style.mutedText;
    const QColor laneC = m_colorMode == ColorMode::Party ? laneColor(lane) : QColor();
    const bool single = laneC.isValid() && m_lanes->mode() == TimelineLanes::Mode::Parties;
    // Bands (month/year dates) under everything, then range bars, then markers: the stacking gave each its
    // own place, so the order only matters for a label drawn on its own band.
    Batches bands, bars, markers;
    // Items wholly outside the clip (a pan repaints a strip) are skipped: they would draw nothing.
    const double margin = 4 * style.scale;
    const QRectF clip = p->hasClipping() ? p->clipBoundingRect().adjusted(-margin, 0, margin, 0) : l.target;
    for (size_t i = g.firstItem; i < g.itemEnd && i < l.items.size(); ++i) {
        const Item& item = l.items[i];
        if (item.slot.right() < clip.left() || item.slot.left() > clip.right())
            continue;
        QColor c = single ? laneC : eventColor(item.row, lane);
        if (!c.isValid())
            c = fallback;
        if (item.marker.isEmpty()) {
            bands.of(withAlpha(c, 60)).push_back(item.bar);
            continue;
        }
        if (!item.bar.isEmpty())
            bars.of(withAlpha(c, 200)).push_back(item.bar);
        markers.of(c).push_back(item.marker);
    }
    bands.draw(p);
    bars.draw(p);
    markers.draw(p);
    // Clusters of what did not fit: "+N" on a chip.
    for (const Cluster& c : l.clusters) {
        if (c.lane != g.lane || c.rect.right() < clip.left() || c.rect.left() > clip.right())
            continue;
        paintChip(p, c.rect, c.text, style);
    }
}

void TimelineRenderer::paintChip(QPainter* p, const QRectF& rect, const QString& text, const RenderStyle& style) const
{
    const auto draw = [&](QPainter* q, const QRectF& r) {
        q->setPen(QPen(style.mutedText, 1 * style.scale));
        q->setBrush(style.laneAlternate);
        q->drawRoundedRect(r, 3 * style.scale, 3 * style.scale);
        q->setPen(style.foreground);
        const QFontMetricsF fm(style.font);
        drawText(q, QPointF(r.left() + 4 * style.scale, std::round(r.center().y() - fm.height() / 2)), text);
    };
    // A zoomed-in frame holds a few hundred chips, and stroking their rounded outlines was half of its cost:
    // on a raster device without scaling each distinct chip is drawn once into a small image and blitted
    // after. Vector output (SVG, PDF, printing) and scaled painters draw the outline itself.
    const QPaintEngine* engine = p->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster || p->transform().type() > QTransform::TxTranslate) {
        draw(p, rect);
        return;
    }
    const double dpr = std::max(1.0, p->device()->devicePixelRatioF());
    const QString key = fontKey(style.font) + QChar(0x1f) + text + QChar(0x1f)
        + QString::number(qRound(rect.width() * 64)) + u'x' + QString::number(qRound(rect.height() * 64)) + u'@'
        + QString::number(dpr) + u'/' + QString::number(style.scale) + u'/'
        + QString::number(style.mutedText.rgba(), 16) + u'/' + QString::number(style.laneAlternate.rgba(), 16) + u'/'
        + QString::number(style.foreground.rgba(), 16)
        + (p->testRenderHint(QPainter::Antialiasing) ? u'a' : u'-');
    if (m_chips.size() > 2000)
        m_chips.clear();
    auto it = m_chips.find(key);
    if (it == m_chips.end()) {
        // One device pixel of margin around the rectangle holds the half of the outline's pen outside it.
        const QSize size(int(std::ceil(rect.width() * dpr)) + 2, int(std::ceil(rect.height() * dpr)) + 2);
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter q(&img);
        q.setRenderHints(p->renderHints());
        q.setFont(style.font);
        draw(&q, QRectF(QPointF(1 / dpr, 1 / dpr), rect.size()));
        q.end();
        it = m_chips.insert(key, img);
    }
    // Snapped to the device pixel grid: the outline is drawn without antialiasing, so it snaps anyway.
    const QPointF at(std::round(rect.left() * dpr) / dpr - 1 / dpr, std::round(rect.top() * dpr) / dpr - 1 / dpr);
    p->drawImage(at, *it);
}

bool TimelineRenderer::isFaintExtentRow(const EventStore& store, qsizetype row)
{
    const Precision p = store.startDate(row).precision;
    return store.end(row) == PartialDate::Invalid && (p == Precision::Year || p == Precision::Month);
}

const std::vector<quint32>& TimelineRenderer::densityCounts(int lane, const TimeScale& scale, int columns) const
{
    // counts[c] = events of the lane starting in pixel column c. The scale is pixel-aligned, so a column is a
    // whole pixel of the grid counted from the epoch (global column startPixel() + c) and its count depends on
    // the resolution alone: a frame at the same resolution (an as-of step, a hover, a pan) reuses the counts of
    // the columns the last frame had and searches only the newly exposed ones.
    if (m_densityCounts.size() != size_t(m_lanes->laneCount()))
        m_densityCounts.assign(size_t(m_lanes->laneCount()), {});
    DensityCounts& memo = m_densityCounts[size_t(lane)];
    const bool reusable = scale.isPixelAligned() && memo.generation == m_lanes->generation()
        && memo.msecsPerPixel == scale.msecsPerPixel() && !memo.counts.empty();
    const double firstPx = scale.startPixel();
    std::vector<quint32> counts(size_t(columns), 0);
    const auto& keys = m_lanes->lane(lane).keys;
    const auto nKeys = qsizetype(keys.size());
    // Columns [c0, c1) by one binary search and a gallop per column boundary.
    auto search = [&](int c0, int c1) {
        if (c0 >= c1)
            return;
        qsizetype prev = m_lanes->lowerBound(lane, scale.toMsecs(c0));
        for (int c = c0; c < c1; ++c) {
            // Columns hold similar counts nearby: prefetch where the boundary two columns on probably is, so
            // that its cache miss overlaps this column's search (memory, not arithmetic, bounds this loop).
            if (c > c0) {
                const qsizetype ahead = prev + 2 * qsizetype(counts[size_t(c - 1)]);
                for (qsizetype k = ahead - 32; k <= ahead + 32; k += 16)
                    if (k >= 0 && k < nKeys)
                        __builtin_prefetch(keys.data() + k);
            }
            const qsizetype next = m_lanes->gallopLowerBound(lane, scale.toMsecs(c + 1), prev);
            counts[size_t(c)] = quint32(next - prev);
            prev = next;
        }
    };
    // The memo's columns in this frame's numbering: [keptFrom, keptTo) are known.
    int keptFrom = 0, keptTo = 0;
    if (reusable) {
        const double offset = memo.firstPixel - firstPx; // where the memo's first column falls in this frame
        keptFrom = int(std::clamp(offset, 0.0, double(columns)));
        keptTo = int(std::clamp(offset + double(memo.counts.size()), 0.0, double(columns)));
        for (int c = keptFrom; c < keptTo; ++c)
            counts[size_t(c)] = memo.counts[size_t(double(c) - offset)];
    }
    if (keptFrom >= keptTo) {
        search(0, columns);
    } else {
        search(0, keptFrom);
        search(keptTo, columns);
    }
    memo.generation = m_lanes->generation();
    memo.msecsPerPixel = scale.isPixelAligned() ? scale.msecsPerPixel() : std::nan("");
    memo.firstPixel = firstPx;
    memo.counts = std::move(counts);
    return memo.counts;
}

void TimelineRenderer::paintDensity(QPainter* p, const Layout& l, const LaneGeometry& g, const RenderStyle& style) const
{
    const int columns = int(std::ceil(g.body.width()));
    const std::vector<quint32>& counts = densityCounts(g.lane, l.scale, columns);
    quint32 maxCount = 1;
    for (quint32 n : counts)
        maxCount = std::max(maxCount, n);
    QColor c = laneColor(m_lanes->lane(g.lane));
    if (!c.isValid())
        c = style.foreground;
    const QPaintEngine* engine = p->paintEngine();
    if (engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf)) {
        paintDensityOutline(p, g, counts, maxCount, c, style);
        return;
    }
    // A histogram on a logarithmic scale, one bar per pixel column, written straight into a lane-sized image
    // and drawn with one drawImage call: thousands of 1-pixel-wide rectangles (or a polygon of the same
    // outline) cost the raster engine 10-50 times more, because it fills them span by span.
    const double scale = std::max(1.0, p->device() ? p->device()->devicePixelRatioF() : 1.0);
    const int imgH = std::max(1, int(std::round((g.body.height() - 4 * style.scale) * scale)));
    // The strip's memory is kept for the next lane and frame: a fresh 0.5 MB image per lane costs page faults.
    if (m_densityStrip.size() != QSize(columns, imgH) || !m_densityStrip.isDetached())
        m_densityStrip = QImage(columns, imgH, QImage::Format_ARGB32_Premultiplied);
    QImage& strip = m_densityStrip;
    // Bar heights through a lookup table (log1p per column is a measurable share of the frame).
    const double logMax = std::log1p(double(maxCount));
    std::vector<int> heights(static_cast<size_t>(columns), 0);
    std::vector<int> lut(size_t(std::min<quint32>(maxCount, 65535)) + 1, -1);
    for (int col = 0; col < columns; ++col) {
        const quint32 n = counts[size_t(col)];
        int& cached = n < lut.size() ? lut[n] : heights[size_t(col)];
        if (n >= lut.size() || cached < 0)
            cached = n == 0 ? 0 : std::clamp(int(std::lround(imgH * std::log1p(double(n)) / logMax)), 1, imgH);
        heights[size_t(col)] = cached;
    }
    // Row by row, so that the writes are sequential.
    const QRgb premul = qPremultiply(withAlpha(c, 200).rgba());
    for (int y = 0; y < imgH; ++y) {
        auto* line = reinterpret_cast<QRgb*>(strip.scanLine(y));
        const int need = imgH - y; // a column is filled on this row when its bar is at least this tall
        for (int col = 0; col < columns; ++col)
            line[col] = heights[size_t(col)] >= need ? premul : 0;
    }
    p->drawImage(QRectF(g.body.left(), g.body.bottom() - 2 * style.scale - imgH / scale, columns, imgH / scale), strip);
}

void TimelineRenderer::paintDensityOutline(QPainter* p, const LaneGeometry& g, const std::vector<quint32>& counts,
    quint32 maxCount, const QColor& color, const RenderStyle& style) const
{
    // Vector output (SVG, PDF): the same log-scale histogram as one filled outline. Heights are quantised to
    // 32 steps and equal neighbours merged, so a lane is one path of at most a few thousand points instead
    // of an embedded raster image that must be PNG-encoded.
    const double height = g.body.height() - 4 * style.scale;
    const double bottom = g.body.bottom() - 2 * style.scale;
    const double logMax = std::log1p(double(maxCount));
    constexpr int Steps = 32;
    auto level = [&](quint32 n) { return n == 0 ? 0 : std::clamp(int(std::lround(Steps * std::log1p(double(n)) / logMax)), 1, Steps); };
    QPainterPath path;
    path.moveTo(g.body.left(), bottom);
    int current = 0;
    for (size_t col = 0; col < counts.size(); ++col) {
        const int next = level(counts[col]);
        if (next == current)
            continue;
        const double x = g.body.left() + double(col);
        path.lineTo(x, bottom - height * current / Steps);
        path.lineTo(x, bottom - height * next / Steps);
        current = next;
    }
    const double right = g.body.left() + double(counts.size());
    path.lineTo(right, bottom - height * current / Steps);
    path.lineTo(right, bottom);
    path.closeSubpath();
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(withAlpha(color, 200));
    p->drawPath(path);
    p->restore();
}

void TimelineRenderer::paintSelectionAndLabels(QPainter* p, const Layout& l, const RenderStyle& style) const
{
    const Dossier* d = m_lanes ? m_lanes->dossier() : nullptr;
    if (!d)
        return;
    const EventStore& store = d->events();
    p->save();
    p->setClipRect(l.timeArea, Qt::IntersectClip);
    // Selection: an outlined marker in every visible lane of the event, density lanes included.
    const double s = style.scale;
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(style.highlight, 2 * s));
    for (const Item& item : l.items)
        if (isSelected(item.eventId)) {
            const QRectF r = item.marker.isEmpty() ? item.bar : item.marker.united(item.bar);
            p->drawRect(r.adjusted(-3 * s, -1 * s, 3 * s, 1 * s));
        }
    // Density lanes have no items: outline the selected events' positions across the histogram.
    int drawn = 0;
    for (qint64 id : m_selected) {
        const qsizetype row = store.rowOfId(id);
        if (row < 0 || store.start(row) > l.scale.end() || store.start(row) < l.scale.start() - TimeScale::CenturyMs)
            continue;
        for (const auto& g : l.lanes) {
            if (g.collapsed || !g.density || m_lanes->positionOfRow(g.lane, quint32(row)) < 0)
                continue;
            const double x0 = g.body.left() + l.scale.toX(store.start(row));
            const double h = g.body.height() - 6 * s;
            const double x1 = store.end(row) != PartialDate::Invalid ? g.body.left() + l.scale.toX(store.endDate(row).periodEnd()) : x0;
            p->drawRect(QRectF(x0 - 5 * s, g.body.center().y() - h / 2, std::max(10 * s, x1 - x0 + 10 * s), h));
        }
        if (++drawn > 2000)
            break;
    }
    // Labels, on a translucent background so that markers under them stay visible but do not garble the text.
    QColor back = style.background;
    back.setAlpha(200);
    const QRectF clip = p->hasClipping() ? p->clipBoundingRect().adjusted(-4 * s, 0, 4 * s, 0) : l.target;
    for (const auto& label : l.labels) {
        if (label.rect.right() < clip.left() || label.rect.left() > clip.right())
            continue;
        const bool sel = isSelected(label.eventId);
        p->fillRect(label.rect, sel ? style.highlight : back);
        p->setPen(sel ? style.highlightedText : style.foreground);
        drawText(p, label.textPos, label.text);
    }
    // Notes: a small filled triangle over the marker of an event that carries one (the tooltip shows its text;
    // dated notes are flagged on the axis, paintDateNotes()).
    if (!d->notes().isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(style.foreground);
        auto flag = [&](QPointF tip) {
            const QPointF pts[] = { tip, tip + QPointF(-4 * s, -6 * s), tip + QPointF(4 * s, -6 * s) };
            p->drawPolygon(pts, 3);
        };
        QSet<qint64> noted;
        for (const Note& n : d->notes())
            if (n.target == NoteTarget::Event)
                noted.insert(n.eventId);
        for (const Item& item : l.items)
            if (noted.contains(item.eventId)) {
                const QRectF r = item.marker.isEmpty() ? item.bar : item.marker;
                flag(QPointF(r.left() + (item.marker.isEmpty() ? 4 * s : r.width() / 2), r.top() - 1 * s));
            }
    }
    p->restore();
}

} // namespace Entente
