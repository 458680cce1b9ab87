// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types of a dossier. Identifiers are short stable keys (slugs such as "us" or "nato") for the
// small tables and 64-bit integers for events and changes, which may number in the millions.
// Colours are "#rrggbb" strings: the domain does not link Qt Gui.

#include "partialdate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Entente {

enum class PartyKind : quint8 { State, Bloc, Organisation, Person };
enum class Confidence : quint8 { Low, Moderate, High };

[[nodiscard]] QString partyKindKey(PartyKind k);
[[nodiscard]] std::optional<PartyKind> partyKindFromKey(QStringView key);
[[nodiscard]] QString confidenceKey(Confidence c);
[[nodiscard]] std::optional<Confidence> confidenceFromKey(QStringView key);

struct Party {
    QString id;
    QString name;
    QString shortName;
    QString color; // "#rrggbb"
    PartyKind kind = PartyKind::State;
    QString parentId; // the bloc this party belongs to, or empty
    QString description;
    friend bool operator==(const Party&, const Party&) = default;
};

struct Issue {
    QString id;
    QString name;
    QString description;
    friend bool operator==(const Issue&, const Issue&) = default;
};

// One level of the stance scale (Opposes … Supports, Unknown) or of the issue status list.
struct ScaleLevel {
    QString key;
    QString label;
    QString color;
    int value = 0; // stance: −2…+2; statuses: ordering only
    bool isUnknown = false; // the "no known position" level: excluded from spreads and averages
    friend bool operator==(const ScaleLevel&, const ScaleLevel&) = default;
};

struct Source {
    QString id;
    QString outlet;
    QString url;
    QString title;
    PartialDate published;
    QChar reliability = u'F'; // Admiralty grading A (reliable) … F (cannot be judged)
    int credibility = 6; // 1 (confirmed) … 6 (cannot be judged)
    QString note;
    [[nodiscard]] QString grading() const { return QString(reliability) + QString::number(credibility); }
    friend bool operator==(const Source&, const Source&) = default;
};

// A named shaded period on the timeline ("Berlin round").
struct Era {
    QString id;
    QString name;
    PartialDate start;
    PartialDate end;
    QString color;
    friend bool operator==(const Era&, const Era&) = default;
};

struct Event {
    qint64 id = 0;
    PartialDate start;
    PartialDate end; // invalid for a point event
    QString title;
    QString description;
    QString location;
    QStringList parties;
    QStringList issues;
    QStringList tags;
    QStringList sources;
    friend bool operator==(const Event&, const Event&) = default;
};

// What every recorded judgement carries (bitemporal: effective date and when/by whom it was recorded).
struct ChangeRecord {
    qint64 id = 0;
    PartialDate effective;
    qint64 recordedAt = 0; // msecs since epoch, UTC
    QString recordedBy;
    Confidence confidence = Confidence::Moderate;
    QString note;
    QList<qint64> citedEvents;
    QStringList citedSources;
    bool retracted = false;
    qint64 retractedAt = 0;
    QString retractedBy;
    friend bool operator==(const ChangeRecord&, const ChangeRecord&) = default;
};

struct PositionChange : ChangeRecord {
    QString partyId;
    QString issueId;
    QString stance; // ScaleLevel key
    int salience = -1; // 0…100, −1 when not assessed
    friend bool operator==(const PositionChange&, const PositionChange&) = default;
};

struct StatusChange : ChangeRecord {
    QString issueId;
    QString status; // ScaleLevel key
    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

[[nodiscard]] QList<ScaleLevel> defaultStanceScale();
[[nodiscard]] QList<ScaleLevel> defaultStatusScale();

} // namespace Entente
