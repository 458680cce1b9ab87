// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds self-contained Paintables of the matrix and the timeline for export (headless or from the window):
// each owns what it draws with, except the dossier, which must outlive it.

#include "export/headlessexport.h"
#include "paintable.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinerenderer.h"

#include <memory>
#include <optional>

namespace Entente {

class Dossier;

[[nodiscard]] std::unique_ptr<Paintable> makeMatrixPaintable(const Dossier& d, qint64 asOf,
    std::optional<qint64> compareDate = std::nullopt);
// The timeline of [from, to] (the whole dossier when either is missing), lanes and colours as the window shows
// them (by party by default). Its legend() names what the colours mean.
[[nodiscard]] std::unique_ptr<Paintable> makeTimelinePaintable(const Dossier& d, std::optional<qint64> from,
    std::optional<qint64> to, qint64 asOf, const std::vector<bool>& rowMask = {},
    TimelineLanes::Mode mode = TimelineLanes::Mode::Parties, TimelineRenderer::ColorMode colours = TimelineRenderer::ColorMode::Party);
[[nodiscard]] HeadlessViewFactory headlessViewFactory();

} // namespace Entente
