// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One line of a dossier's journal (the audit trail every store writes in the transaction of the change it
// describes): who, when, what.

#include <QString>

namespace Entente {

struct JournalEntry {
    qint64 id = 0; // increasing
    qint64 at = 0; // msecs UTC
    QString user;
    QString action; // "Set Russia on NATO membership to Opposes"
    QString detail;
    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

} // namespace Entente
