// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The as-of control: a slider spanning the dossier's dates with a tick for every event and change, a date
// field, step to the previous/next change, and "Today". It edits Document::asOf(), which the matrix, the
// timeline and the charts follow; it repaints the ticks itself (QSlider has no per-value ticks).

#include <QWidget>

#include <vector>

class QDateEdit;
class QSlider;
class QToolButton;
class QLabel;

namespace Entente {

class Document;

class AsOfControl : public QWidget {
    Q_OBJECT
public:
    explicit AsOfControl(Document* document, QWidget* parent = nullptr);

    [[nodiscard]] QSlider* slider() const { return m_slider; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }

public slots:
    void stepToPreviousChange();
    void stepToNextChange();
    void goToToday();

private:
    void rebuildRange();
    void syncFromDocument();
    [[nodiscard]] qint64 sliderToMsecs(int v) const;
    [[nodiscard]] int msecsToSlider(qint64 ms) const;

    Document* m_document = nullptr;
    QSlider* m_slider = nullptr;
    QDateEdit* m_date = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_today = nullptr;
    QLabel* m_caption = nullptr;
    qint64 m_first = 0;
    qint64 m_last = 0;
    std::vector<qint64> m_changeDates;
    bool m_syncing = false;
};

} // namespace Entente
