// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The kinds of thing "Search Everything" finds, each one function that hands a dossier's items of that kind to
// a SearchSink (searchindex.h) with the texts to search and what choosing the item selects. To search a new
// kind, write its collector and add a line to the table in searchkinds.cpp: the index, the engine, the
// results grouped by kind and the counts follow. (A hit whose target is of a new SearchTarget::Type also
// needs the window to know how to select it.)
//
// The events are the one kind counted in millions: besides the whole-dossier collector they have one per
// event row, so that the engine can index an edited event without rebuilding the rest.

#include "searchindex.h"

#include <span>

namespace Entente {

class Dossier;

struct SearchKind {
    const char* key; // "events", "sources", …
    const char* label; // plural, translation context "Search"
    void (*collect)(const Dossier& dossier, SearchSink& sink);
    void (*collectEvent)(const Dossier& dossier, qsizetype row, SearchSink& sink) = nullptr; // the events only
};

// Every kind, in the order the results show them; the events first.
[[nodiscard]] std::span<const SearchKind> searchKinds();
[[nodiscard]] qsizetype eventSearchKind(); // the index of the events in searchKinds()
[[nodiscard]] QString searchKindLabel(qsizetype kind); // translated: "Events", "Sources"
[[nodiscard]] QString searchFieldLabel(const char* key); // translated: "title", "quote"
// What a target is, in a line ("15 Dec 2025 · Talks in Berlin", "Russia on NATO membership · 15 Dec 2025 ·
// Opposes"); empty when it is no longer in the dossier.
[[nodiscard]] QString searchTargetLabel(const Dossier& dossier, const SearchTarget& target);

} // namespace Entente
