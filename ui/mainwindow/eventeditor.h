// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The event editor dock: dates with their precision (typed as ISO text: "2022-02" is a month), title,
// description, location, parties, issues, tags and sources of the selected event, and the claims of those
// sources (credibility, claimant, quote: the grade of each, "D3"). Apply pushes one
// Command (add or edit); nothing is written until then, and invalid input is reported inline.

#include "result.h"
#include "types.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QLabel;
class QPushButton;

namespace Entente {

class ClaimsEditor;
class Document;

class EventEditor : public QWidget {
    Q_OBJECT
public:
    explicit EventEditor(Document* document, QWidget* parent = nullptr);

    void showEvent(qint64 id); // 0 clears the editor for a new event
    [[nodiscard]] qint64 eventId() const { return m_id; }
    // Validates the form: the event, or why it is not one (Kind::Invalid).
    [[nodiscard]] Result<Event> formEvent() const;

public slots:
    bool apply();
    void newEvent();
    void removeEvent();

private:
    void rebuildLists();
    void setChecked(QListWidget* list, const QStringList& keys);
    [[nodiscard]] static QStringList checked(const QListWidget* list);

    Document* m_document = nullptr;
    qint64 m_id = 0;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_location = nullptr;
    QListWidget* m_parties = nullptr;
    QListWidget* m_issues = nullptr;
    QLineEdit* m_tags = nullptr;
    QListWidget* m_sources = nullptr;
    ClaimsEditor* m_claims = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace Entente
