// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An edit that lost a race (team mode): the analyst changed an event, party, issue or source that another
// analyst had changed since this window read it. The store refused the edit (Error::Kind::Conflict), so
// nothing was overwritten; Document keeps the refused version here, fetches the stored one, and the window
// shows both field by field. Resolving writes the chosen fields as a new, undoable edit over the stored
// version (keep mine: every field mine; take theirs: nothing to write; merge: some of each). Nothing is lost:
// until it is resolved, the refused version stays here.

#include "types.h"

#include <QList>
#include <QString>

#include <variant>

namespace Entente {

using ConflictRow = std::variant<Event, Party, Issue, Source>;

struct EditConflict {
    QString what; // "event “Talks in Berlin”", for the dialog's title
    ConflictRow base; // as this window had read it before the edit
    ConflictRow mine; // the refused edit
    ConflictRow theirs; // as stored now
    struct Field {
        QString label; // "Title"
        QString mine;
        QString theirs;
    };
    QList<Field> fields; // the fields the analyst changed that the stored version has otherwise
};

// A three-way comparison: the fields the analyst changed (mine differs from base) whose stored value differs
// from theirs, as text for the dialog. Fields only the other analyst changed are theirs without asking.
[[nodiscard]] QList<EditConflict::Field> conflictFields(
    const ConflictRow& base, const ConflictRow& mine, const ConflictRow& theirs);
// `theirs` with each field of conflictFields()' list whose flag in `takeMine` is true taken from `mine`.
[[nodiscard]] ConflictRow mergeConflict(
    const ConflictRow& base, const ConflictRow& mine, const ConflictRow& theirs, const QList<bool>& takeMine);

} // namespace Entente
