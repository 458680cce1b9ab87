// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Team dossier addresses as the analyst sees them: the fields of File ▸ Open Team Dossier… turned into a libpq
// URI with Entente's own parameter `dossier` (postgresql://db.example.org/entente?dossier=berlin-talks), the
// short name the window and the recent-files list show ("berlin-talks on db.example.org"), and the same address
// with any password taken out before it is remembered anywhere. Entente never asks for or stores a password:
// libpq finds it in ~/.pgpass or a service file (docs/team.md). Plain functions over strings, no connection.

#include "result.h"

#include <QString>

#include <optional>

namespace Entente::TeamLocation {

struct Address {
    QString host; // a name, an IP address, or a Unix socket folder (/run/postgresql); empty: libpq's default
    int port = 0; // 0: libpq's default (5432)
    QString database;
    QString dossier; // the dossier id: letters, digits, '.', '_' and '-'
    QString user; // empty: libpq's default (the login name)
    QString sslmode; // empty: libpq's default (prefer)
    QString service; // a section of pg_service.conf (PGSERVICE); the fields above then override it where set
    friend bool operator==(const Address&, const Address&) = default;
};

// The sslmode values libpq knows, weakest first.
[[nodiscard]] QStringList sslModes();
// A postgresql:// URI, or Invalid with a one-line reason naming the field.
[[nodiscard]] Result<QString> toUri(const Address& a);
// The fields of a postgresql:// (or postgres://) URI; nullopt for anything else. A password is dropped.
[[nodiscard]] std::optional<Address> fromUri(const QString& uri);
// The location with any password removed (user:secret@ and password=…); other locations unchanged.
[[nodiscard]] QString withoutPassword(const QString& location);
// What a list shows: "berlin-talks on db.example.org" for a team dossier, the file name for a file.
[[nodiscard]] QString displayName(const QString& location);

} // namespace Entente::TeamLocation
