// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Text from a dossier on its way into something the app writes or shows next to its own words.
//
// - withoutControls: C0 controls (other than tab, line feed and carriage return) and DEL removed. XML 1.0 cannot hold them at
//   all, so an SVG with one is not well-formed, and in other formats they are invisible junk.
// - isolated: user text placed in an app sentence ("Source: NAME, as of DATE") is wrapped in FSI…PDI when it
//   holds right-to-left letters or bidi controls, so an unterminated U+202E in a name cannot reorder the app's
//   own words. Plain left-to-right text is returned as it is.
// - plainLabel: for a label that a consumer strips of tags, decodes entities in and then assigns to innerHTML
//   (TimelineJS's group): '<', '>' and '&' become their full-width forms, so no decoding round can make markup.
#include <QString>

namespace Entente::ExportText {

[[nodiscard]] QString withoutControls(QString text);
[[nodiscard]] bool needsIsolation(const QString& text);
[[nodiscard]] QString isolated(const QString& text);
[[nodiscard]] QString plainLabel(const QString& text);

} // namespace Entente::ExportText
