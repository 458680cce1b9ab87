// SPDX-License-Identifier: GPL-3.0-or-later
#include "editconflict.h"

#include <QCoreApplication>

#include <functional>

namespace Entente {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("Entente::EditConflict", text); }

    // One field of a row kind: its label, its text, and how to copy it from one row to another.
    template <typename T> struct FieldDef {
        const char* label;
        std::function<QString(const T&)> text;
        std::function<void(T&, const T&)> copy;
    };

    template <typename T, typename M> FieldDef<T> plain(const char* label, M T::*member)
    {
        return { label,
            [member](const T& r) {
                if constexpr (std::is_same_v<M, QString>)
                    return r.*member;
                else if constexpr (std::is_same_v<M, QStringList>)
                    return (r.*member).join(QStringLiteral(", "));
                else if constexpr (std::is_same_v<M, PartialDate>)
                    return (r.*member).display();
                else if constexpr (std::is_same_v<M, PartyKind>)
                    return partyKindKey(r.*member);
                else if constexpr (std::is_same_v<M, QChar>)
                    return QString(r.*member);
                else
                    return QString::number(r.*member);
            },
            [member](T& to, const T& from) { to.*member = from.*member; } };
    }

    template <typename T> QList<FieldDef<T>> fieldsOf();
    template <> QList<FieldDef<Event>> fieldsOf()
    {
        return { plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Title"), &Event::title),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Start"), &Event::start),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "End"), &Event::end),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Description"), &Event::description),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Location"), &Event::location),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Parties"), &Event::parties),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Issues"), &Event::issues),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Tags"), &Event::tags),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Sources"), &Event::sources),
            { QT_TRANSLATE_NOOP("Entente::EditConflict", "Claims"),
                [](const Event& e) {
                    QStringList parts;
                    for (const auto& c : e.claims)
                        parts << QStringLiteral("%1 %2 %3 %4").arg(c.sourceId).arg(c.credibility).arg(c.claimant, c.quote).trimmed();
                    return parts.join(QStringLiteral("; "));
                },
                [](Event& to, const Event& from) { to.claims = from.claims; } } };
    }
    template <> QList<FieldDef<Party>> fieldsOf()
    {
        return { plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Name"), &Party::name),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Short name"), &Party::shortName),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Colour"), &Party::color),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Kind"), &Party::kind),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Bloc"), &Party::parentId),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Description"), &Party::description) };
    }
    template <> QList<FieldDef<Issue>> fieldsOf()
    {
        return { plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Name"), &Issue::name),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Description"), &Issue::description) };
    }
    template <> QList<FieldDef<Source>> fieldsOf()
    {
        return { plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Outlet"), &Source::outlet),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "URL"), &Source::url),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Title"), &Source::title),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Published"), &Source::published),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Reliability"), &Source::reliability),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Credibility"), &Source::credibility),
            plain(QT_TRANSLATE_NOOP("Entente::EditConflict", "Note"), &Source::note) };
    }
}

QList<EditConflict::Field> conflictFields(const ConflictRow& base, const ConflictRow& mine, const ConflictRow& theirs)
{
    QList<EditConflict::Field> out;
    std::visit(
        [&](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            const T* t = std::get_if<T>(&theirs);
            const T* b = std::get_if<T>(&base);
            if (!t || !b)
                return;
            for (const auto& f : fieldsOf<T>())
                if (f.text(m) != f.text(*b) && f.text(m) != f.text(*t))
                    out.append({ tr(f.label), f.text(m), f.text(*t) });
        },
        mine);
    return out;
}

ConflictRow mergeConflict(
    const ConflictRow& base, const ConflictRow& mine, const ConflictRow& theirs, const QList<bool>& takeMine)
{
    ConflictRow out = theirs;
    std::visit(
        [&](const auto& m) {
            using T = std::decay_t<decltype(m)>;
            T* merged = std::get_if<T>(&out);
            const T* b = std::get_if<T>(&base);
            if (!merged || !b)
                return;
            const T t = *merged;
            qsizetype shown = 0;
            for (const auto& f : fieldsOf<T>()) {
                if (f.text(m) == f.text(*b) || f.text(m) == f.text(t))
                    continue;
                if (takeMine.value(shown++))
                    f.copy(*merged, m);
            }
        },
        mine);
    return out;
}

} // namespace Entente
