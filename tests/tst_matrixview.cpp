// SPDX-License-Identifier: GPL-3.0-or-later
// The on-screen matrix repaints only what changed and paints from caches: what the window shows after a run
// of as-of steps, compare-mode toggles, edits and highlights must be exactly what a full repaint from empty
// caches draws, a step must repaint only the cells that changed, and every cache must follow a theme, font,
// language or data change.
#include "colorscheme.h"
#include "commands.h"
#include "document.h"
#include "jsoninterchange.h"
#include "matrix/matrixview.h"
#include "positionmatrixmodel.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPaintEvent>
#include <QScreen>
#include <QTest>
#include <QTranslator>
#include <QWindow>

using namespace Entente;

namespace {
using M = PositionMatrixModel;

qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

void save(const QImage& image, const QString& name)
{
    const QString dir = QDir::temp().filePath(u"entente-test-images"_qs);
    QDir().mkpath(dir);
    if (!image.save(QDir(dir).filePath(name)))
        qWarning("could not save %s", qPrintable(name));
}

// What the window's backing store holds: the result of every incremental repaint so far.
QImage onScreen(QWidget* w)
{
    return w->windowHandle()->screen()->grabWindow(w->windowHandle()->winId()).toImage().convertToFormat(
        QImage::Format_RGB32);
}

// A full repaint of the whole widget into an image.
QImage fullRepaint(QWidget* w) { return w->grab().toImage().convertToFormat(QImage::Format_RGB32); }

// Delivers pending update requests, as the event loop does after a step.
// Delivers what the event loop would after a step: posted events, zero timers (an item view's delayed
// relayout) and the update requests they cause, until nothing is left.
void flush()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    }
}

// Compares two images pixel by pixel; on failure saves both and a difference image, and says where.
bool sameImage(const QImage& actual, const QImage& expected, const QString& name)
{
    if (actual.size() != expected.size()) {
        qWarning("%s: size %dx%d, expected %dx%d", qPrintable(name), actual.width(), actual.height(),
            expected.width(), expected.height());
        return false;
    }
    QImage diff(actual.size(), QImage::Format_RGB32);
    diff.fill(Qt::white);
    int count = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x)
            if ((a[x] & 0xffffff) != (e[x] & 0xffffff)) {
                if (count++ == 0)
                    first = { x, y };
                diff.setPixel(x, y, qRgb(255, 0, 0));
            }
    }
    if (count == 0)
        return true;
    qWarning("%s: %d pixels differ, the first at (%d, %d)", qPrintable(name), count, first.x(), first.y());
    save(actual, name + u"-actual.png"_qs);
    save(expected, name + u"-expected.png"_qs);
    save(diff, name + u"-diff.png"_qs);
    return false;
}

// Records the region of every paint event of a widget.
class PaintRecorder : public QObject {
public:
    explicit PaintRecorder(QWidget* w)
        : QObject(w)
    {
        w->installEventFilter(this);
    }
    QRegion painted;
    int events = 0;

protected:
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint) {
            ++events;
            painted += static_cast<QPaintEvent*>(e)->region();
        }
        return false;
    }
};

// What the model says about a cell, as far as its look goes.
struct CellState {
    QString stance, label;
    QVariant changeId, salience;
    bool changed = false, unsourced = false;
    int direction = 0;
    bool operator==(const CellState&) const = default;
};

std::vector<CellState> states(const M& m)
{
    std::vector<CellState> s;
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c) {
            const QModelIndex i = m.index(r, c);
            s.push_back({ i.data(M::StanceKeyRole).toString(), i.data().toString(), i.data(M::ChangeIdRole),
                i.data(M::SalienceRole), i.data(M::ChangedSincePreviousRole).toBool(),
                i.data(M::UnsourcedRole).toBool(), i.data(M::CompareDirectionRole).toInt() });
        }
    return s;
}

// Translates the default stance labels, as a German catalogue would.
class StanceTranslator : public QTranslator {
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Scale") != 0)
            return {};
        if (qstrcmp(source, "Unknown") == 0)
            return u"Unbekannt"_qs;
        if (qstrcmp(source, "Opposes") == 0)
            return u"Lehnt ab"_qs;
        return {};
    }
};
}

class TestMatrixView : public QObject {
    Q_OBJECT
    Dossier m_sample;

    struct Fixture {
        Document doc;
        std::unique_ptr<M> model;
        std::unique_ptr<MatrixView> view;
    };

    void open(Fixture& f, const char* asOf = "2025-11-01")
    {
        f.doc.open(nullptr, Dossier(m_sample));
        f.doc.setAsOf(at(asOf));
        f.model = std::make_unique<M>(&f.doc);
        f.view = makeView(f);
        f.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
        flush();
    }

    [[nodiscard]] std::unique_ptr<MatrixView> makeView(Fixture& f) const
    {
        auto v = std::make_unique<MatrixView>();
        v->setFocusPolicy(Qt::NoFocus); // the current cell's outline follows focus, which only one window has
        v->setModel(f.model.get());
        v->resize(900, 420);
        return v;
    }

    // A view that never painted before, in the same state: what the screen must show.
    [[nodiscard]] QImage freshRepaint(Fixture& f) const
    {
        auto v = makeView(f);
        v->setFont(f.view->font());
        v->setCurrentIndex(f.view->currentIndex());
        return fullRepaint(v.get());
    }

private slots:
    void initTestCase()
    {
        const InterchangeError e
            = readDossierJsonFile(u"" ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"_qs, m_sample);
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        QVERIFY(m_sample.parties().size() >= 3 && m_sample.issues().size() >= 3);
        ColorSchemes::rememberSystem();
        ColorSchemes::apply(ColorScheme::Light);
    }

    void cleanup()
    {
        ColorSchemes::apply(ColorScheme::Light);
    }

    // After every kind of change, what the incremental repaints left on screen is exactly what a full
    // repaint from empty caches draws.
    void incrementalEqualsFullRepaint()
    {
        Fixture f;
        open(f);
        int step = 0;
        auto check = [&](const char* what) {
            flush();
            const QImage screen = onScreen(f.view.get());
            f.view->invalidateCaches();
            const QImage full = fullRepaint(f.view.get());
            QVERIFY2(sameImage(screen, full, QStringLiteral("matrixview-step%1").arg(step++)), what);
        };
        const char* dates[] = { "2025-11-20", "2025-11-28", "2025-12-02", "2025-12-08", "2025-12-14", "2025-12-15",
            "2025-12-16", "2025-12-20", "2025-12-31", "2025-11-10" };
        for (const char* d : dates) {
            f.doc.setAsOf(at(d));
            check(d);
        }
        f.model->setCompareDate(at("2025-11-01"));
        check("compare mode on");
        f.doc.setAsOf(at("2025-12-16"));
        check("step in compare mode");
        f.model->setCompareDate(std::nullopt);
        check("compare mode off");
        f.doc.setAsOf(at("2025-12-20"));
        check("step after compare");

        // An edit: a stance recorded at the as-of date, then undone and redone.
        const auto& d = f.doc.dossier();
        PositionChange c;
        c.partyId = d.parties()[0].id;
        c.issueId = d.issues()[1].id;
        c.effective = PartialDate::fromMsecs(f.doc.asOf(), Precision::Day);
        c.stance = d.stanceScale().front().key;
        c.salience = 70;
        QVERIFY(Command::applied(Command::recordPosition(&f.doc, c)));
        check("edit");
        f.doc.undoStack()->undo();
        check("undo");
        f.doc.undoStack()->redo();
        check("redo");
        f.view->setHighlightedCells({ { 1, 1 }, { 2, 0 } });
        check("highlight");
        f.view->setCurrentIndex(f.model->index(1, 2));
        check("current cell");
        f.view->setHighlightedCells({ { 2, 0 } });
        check("highlight off");
    }

    // A step repaints only the cells whose look changed (and the header sections whose status changed).
    void stepRepaintsOnlyChangedCells()
    {
        Fixture f;
        open(f);
        PaintRecorder cells(f.view->viewport());
        PaintRecorder header(f.view->horizontalHeader()->viewport());
        int partial = 0;
        const char* dates[] = { "2025-11-20", "2025-11-28", "2025-12-02", "2025-12-08", "2025-12-14", "2025-12-15",
            "2025-12-16", "2025-12-20" };
        for (const char* date : dates) {
            const auto before = states(*f.model);
            QList<QString> statusesBefore;
            for (int c = 0; c < f.model->columnCount(); ++c)
                statusesBefore << f.model->headerData(c, Qt::Horizontal, M::StatusKeyRole).toString();
            cells.painted = {};
            header.painted = {};
            f.doc.setAsOf(at(date));
            flush();
            const auto after = states(*f.model);
            QRegion expected;
            for (int r = 0; r < f.model->rowCount(); ++r)
                for (int c = 0; c < f.model->columnCount(); ++c) {
                    const size_t k = size_t(r) * size_t(f.model->columnCount()) + size_t(c);
                    if (!(before[k] == after[k]))
                        expected += f.view->visualRect(f.model->index(r, c));
                }
            expected &= f.view->viewport()->rect();
            if (!(cells.painted - expected).isEmpty())
                qWarning() << date << cells.painted << expected;
            QVERIFY2((cells.painted - expected).isEmpty(), date);
            QCOMPARE(cells.painted.isEmpty(), expected.isEmpty());
            if (!expected.isEmpty() && expected != QRegion(f.view->viewport()->rect()))
                ++partial;
            QRegion expectedHeader;
            for (int c = 0; c < f.model->columnCount(); ++c)
                if (f.model->headerData(c, Qt::Horizontal, M::StatusKeyRole).toString() != statusesBefore[c])
                    expectedHeader += QRect(f.view->horizontalHeader()->sectionViewportPosition(c), 0,
                        f.view->horizontalHeader()->sectionSize(c), f.view->horizontalHeader()->height());
            if (!(header.painted - expectedHeader).isEmpty())
                qWarning() << date << header.painted << expectedHeader;
            QVERIFY2((header.painted - expectedHeader).isEmpty(), date);
        }
        QVERIFY(partial >= 3); // the steps above change a few cells each, never all
        // A step within a day where nothing changes repaints nothing.
        cells.painted = {};
        f.doc.setAsOf(f.doc.asOf() + 3600000);
        f.doc.setAsOf(f.doc.asOf() + 3600000);
        flush();
        QVERIFY(cells.painted.isEmpty());
    }

    // A renamed party still widens the row header (Qt's relayout on header changes is cut for the matrix).
    void renamedPartyWidensRowHeader()
    {
        Fixture f;
        open(f);
        const int before = f.view->verticalHeader()->width();
        Party p = f.doc.dossier().parties()[0];
        p.name = u"A party with a much longer name than any other"_qs;
        QVERIFY(Command::applied(Command::editParty(&f.doc, p)));
        flush();
        QVERIFY(f.view->verticalHeader()->width() > before);
        QVERIFY(sameImage(onScreen(f.view.get()), freshRepaint(f), u"matrixview-party-rename"_qs));
    }

    void themeChangeInvalidatesCaches()
    {
        Fixture f;
        open(f, "2025-12-16");
        const QImage light = onScreen(f.view.get());
        ColorSchemes::apply(ColorScheme::Dark); // widgets learn of it through posted events
        QTRY_VERIFY(onScreen(f.view.get()) != light);
        const QImage dark = onScreen(f.view.get());
        QVERIFY(sameImage(dark, freshRepaint(f), u"matrixview-theme"_qs));
    }

    void fontChangeInvalidatesCaches()
    {
        Fixture f;
        open(f, "2025-12-16");
        const QImage before = onScreen(f.view.get());
        QFont bigger = f.view->font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
        f.view->setFont(bigger);
        flush();
        const QImage after = onScreen(f.view.get());
        QVERIFY(after != before);
        QVERIFY(sameImage(after, freshRepaint(f), u"matrixview-font"_qs));
    }

    void languageChangeInvalidatesCaches()
    {
        Fixture f;
        open(f, "2025-12-16");
        const QImage before = onScreen(f.view.get());
        StanceTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german)); // announced by a posted LanguageChange
        QTRY_VERIFY(onScreen(f.view.get()) != before);
        const QImage after = onScreen(f.view.get());
        const QImage expected = freshRepaint(f);
        QCoreApplication::removeTranslator(&german);
        QVERIFY(sameImage(after, expected, u"matrixview-language"_qs));
        QTRY_VERIFY(onScreen(f.view.get()) == before);
    }

    void dataChangeInvalidatesCaches()
    {
        Fixture f;
        open(f, "2025-12-16");
        const QImage before = onScreen(f.view.get());
        // A renamed stance level: every cell showing it changes label at once.
        auto stance = f.doc.dossier().stanceScale();
        for (auto& level : stance)
            level.label = level.label + u" (rev.)"_qs;
        QVERIFY(Command::applied(Command::setScales(&f.doc, stance, f.doc.dossier().statusScale())));
        flush();
        const QImage renamed = onScreen(f.view.get());
        QVERIFY(renamed != before);
        QVERIFY(sameImage(renamed, freshRepaint(f), u"matrixview-data-scale"_qs));
        // A recolored stance level.
        stance.front().color = u"#00ff00"_qs;
        QVERIFY(Command::applied(Command::setScales(&f.doc, stance, f.doc.dossier().statusScale())));
        flush();
        QVERIFY(sameImage(onScreen(f.view.get()), freshRepaint(f), u"matrixview-data-colour"_qs));
        // A renamed issue: its header section.
        Issue issue = f.doc.dossier().issues()[0];
        issue.name = u"Renamed issue"_qs;
        QVERIFY(Command::applied(Command::editIssue(&f.doc, issue)));
        flush();
        QVERIFY(sameImage(onScreen(f.view.get()), freshRepaint(f), u"matrixview-data-issue"_qs));
        // A party moved: rows shift under the memo.
        QVERIFY(Command::applied(Command::moveParty(&f.doc, 0, 2)));
        flush();
        QVERIFY(sameImage(onScreen(f.view.get()), freshRepaint(f), u"matrixview-data-party"_qs));
    }
};

QTEST_MAIN(TestMatrixView)
#include "tst_matrixview.moc"
