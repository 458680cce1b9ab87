// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "searchengine.h"
#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace Entente {

namespace {

// Paints a row's HtmlRole (already escaped by the model) as rich text.
class HtmlDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QTextDocument doc;
        prepare(doc, option, index);
        const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(QPalette::Text,
            opt.palette.color(opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(r.topLeft());
        painter->setClipRect(r.translated(-r.topLeft()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QTextDocument doc;
        prepare(doc, option, index);
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
    }

private:
    static void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index)
    {
        doc.setDefaultFont(option.font);
        doc.setDocumentMargin(2);
        doc.setHtml(index.data(SearchResultsModel::HtmlRole).toString());
    }
};

} // namespace

SearchPanel::SearchPanel(SearchEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new SearchResultsModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search everything"));
    m_field->setPlaceholderText(tr("Search events, notes, claims, sources, names…"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(new HtmlDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_field, &QLineEdit::textChanged, m_engine, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_engine->cancel();
            m_model->setResults({});
        } else {
            m_engine->search(text);
        }
        updateStatus();
    });
    connect(m_engine, &SearchEngine::resultsReady, this, &SearchPanel::showResults);
    connect(m_engine, &SearchEngine::indexingChanged, this, &SearchPanel::updateStatus);
    connect(m_view, &QTreeView::activated, this, &SearchPanel::choose);
    connect(m_view, &QTreeView::clicked, this, &SearchPanel::choose);
    updateStatus();
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPanel::statusText() const { return m_status->text(); }

void SearchPanel::updateStatus()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty())
        m_status->setText(tr("Type words to find; each must begin a word (\"negot\" finds \"negotiations\")."));
    else if (m_engine->isIndexing())
        m_status->setText(tr("Indexing the events…"));
    else if (m_model->results().text != m_field->text())
        m_status->setText(tr("Searching…"));
    else if (m_model->results().groups.isEmpty())
        m_status->setText(tr("Nothing matches."));
    else
        m_status->setText(tr("%n match(es)", nullptr, int(std::min<qsizetype>(m_model->results().total(), INT_MAX))));
}

void SearchPanel::showResults(const SearchResults& results)
{
    if (results.text != m_field->text())
        return; // a re-run for text the analyst has since changed
    // Keep the hit the analyst is on when the same search runs again after an edit.
    const auto current = m_model->hitAt(m_view->currentIndex());
    m_model->setResults(results);
    m_view->expandAll();
    if (current)
        for (int g = 0; g < m_model->rowCount(); ++g) {
            const QModelIndex group = m_model->index(g, 0);
            for (int r = 0; r < m_model->rowCount(group); ++r)
                if (m_model->hitAt(m_model->index(r, 0, group))->target == current->target) {
                    m_view->setCurrentIndex(m_model->index(r, 0, group));
                    g = m_model->rowCount();
                    break;
                }
        }
    updateStatus();
}

void SearchPanel::choose(const QModelIndex& index)
{
    if (const auto hit = m_model->hitAt(index))
        emit targetRequested(hit->target);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_field && (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)) {
            const QModelIndex first = m_model->firstHit();
            if (first.isValid()) {
                m_view->setFocus(Qt::TabFocusReason);
                m_view->setCurrentIndex(first);
                if (key != Qt::Key_Down)
                    choose(first);
            }
            return true;
        }
        if (watched == m_view && key == Qt::Key_Escape) {
            focusField();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Entente
