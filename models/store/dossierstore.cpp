// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierstore.h"

namespace Entente {

RowKind rowKindOf(const StoreRow& row)
{
    return std::visit(
        [](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Party>)
                return RowKind::Party;
            else if constexpr (std::is_same_v<T, Issue>)
                return RowKind::Issue;
            else if constexpr (std::is_same_v<T, Source>)
                return RowKind::Source;
            else if constexpr (std::is_same_v<T, Era>)
                return RowKind::Era;
            else if constexpr (std::is_same_v<T, Note>)
                return RowKind::Note;
            else if constexpr (std::is_same_v<T, SavedView>)
                return RowKind::SavedView;
            else if constexpr (std::is_same_v<T, ScaleLevelRow>)
                return r.scale;
            else
                return RowKind::Event;
        },
        row);
}

QString rowKeyOf(const StoreRow& row)
{
    return std::visit(
        [](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, ScaleLevelRow>)
                return r.level.key;
            else if constexpr (std::is_same_v<T, Event>)
                return QString::number(r.id);
            else
                return r.id;
        },
        row);
}

} // namespace Entente
