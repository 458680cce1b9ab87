// SPDX-License-Identifier: GPL-3.0-or-later
// Themes as an analyst sees them: every stance and status colour of the default scales carries text at WCAG AA
// contrast in the light and the dark theme, and stands out from the dark background; the print theme keeps the
// stance cells apart when the page is printed in greyscale; the dark export is dark; the colour scheme chosen
// in Settings is remembered and applied to the application palette, which the painted views follow.
#include "colorscheme.h"
#include "dossierio.h"
#include "export/headlessexport.h"
#include "matrix/matrixrenderer.h"
#include "renderstyle.h"
#include "viewfactory.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

void saveForInspection(const QImage& image, const QString& name)
{
    const QString dir = QDir::temp().filePath(u"entente-test-images"_s);
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name));
}
}

class tst_Themes : public QObject {
    Q_OBJECT

private:
    Dossier m_sample;

    // The sample dossier with one party per stance level on the first issue, as of 2030-01-01: row i holds
    // level i of the scale (the Unknown level included).
    [[nodiscard]] Dossier everyStance() const
    {
        Dossier d = m_sample;
        const auto& scale = d.stanceScale();
        for (qsizetype i = 0; i < scale.size(); ++i) {
            PositionChange c;
            c.partyId = d.parties()[i].id;
            c.issueId = d.issues()[0].id;
            c.stance = scale[i].key;
            c.effective = PartialDate::parse(u"2030-01-01"_s).value();
            c.citedSources = { d.sources()[0].id };
            const QString error = d.addPositionChange(c).message();
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
        }
        return d;
    }

    // Grey value of each stance row's cell (off the centred label) in a rendering of `style`, converted to
    // greyscale as a monochrome printer would.
    [[nodiscard]] QList<int> stanceGreys(const RenderStyle& style, const QString& name) const
    {
        const Dossier d = everyStance();
        MatrixRenderer r(&d);
        r.setAsOf(at("2030-01-01"));
        const QRectF target(0, 0, 1400, 700);
        QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        r.paint(&p, target, style);
        p.end();
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        saveForInspection(grey, name);
        QList<int> greys;
        for (qsizetype i = 0; i < d.stanceScale().size(); ++i) {
            const QRectF cell = r.cellRect(target, i, 0);
            greys << qGray(grey.pixel(QPoint(int(cell.left() + 8), int(cell.center().y()))));
        }
        return greys;
    }

    [[nodiscard]] static int closestPair(const QList<int>& greys)
    {
        int closest = 255;
        for (qsizetype i = 0; i < greys.size(); ++i)
            for (qsizetype j = i + 1; j < greys.size(); ++j)
                closest = qMin(closest, std::abs(greys[i] - greys[j]));
        return closest;
    }

private slots:
    void initTestCase()
    {
        const auto sample = DossierIO::readDossier(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"));
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        m_sample = sample.value();
        QVERIFY(m_sample.parties().size() >= defaultStanceScale().size());
        ColorSchemes::rememberSystem();
    }

    void textOnEveryColourMeetsAA_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<bool>("unknown");
        for (const char* theme : { "light", "dark", "print" }) {
            for (const auto& level : defaultStanceScale())
                QTest::addRow("%s stance %s", theme, qPrintable(level.key))
                    << QString::fromLatin1(theme) << level.color << level.isUnknown;
            for (const auto& level : defaultStatusScale())
                QTest::addRow("%s status %s", theme, qPrintable(level.key))
                    << QString::fromLatin1(theme) << level.color << false;
        }
    }
    void textOnEveryColourMeetsAA()
    {
        QFETCH(QString, theme);
        QFETCH(QString, colour);
        QFETCH(bool, unknown);
        const RenderStyle style = theme == u"dark" ? RenderStyle::dark()
            : theme == u"print"                    ? RenderStyle::print()
                                                   : RenderStyle::light();
        for (const qreal rank : { -1.0, 0.0, 0.5, 1.0 }) {
            const QColor fill = style.dataFill(QColor(colour), rank, unknown);
            const qreal text = contrastRatio(readableTextOn(fill), fill);
            QVERIFY2(text >= 4.5, qPrintable(u"text on %1 (from %2): %3:1"_s.arg(fill.name(), colour).arg(text)));
            if (style.darkBackground) {
                // Non-text contrast: a cell or chip must stand out from the dark background (WCAG 1.4.11).
                const qreal edge = contrastRatio(fill, style.background);
                QVERIFY2(edge >= (unknown ? 1.5 : 3.0),
                    qPrintable(u"%1 on the background: %2:1"_s.arg(fill.name()).arg(edge)));
            }
        }
    }

    void themeTextMeetsAA_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(RenderStyle::Theme::Light);
        QTest::newRow("dark") << int(RenderStyle::Theme::Dark);
        QTest::newRow("print") << int(RenderStyle::Theme::Print);
    }
    void themeTextMeetsAA()
    {
        QFETCH(int, theme);
        const RenderStyle s = RenderStyle::forTheme(RenderStyle::Theme(theme));
        QVERIFY(contrastRatio(s.foreground, s.background) >= 7.0);
        QVERIFY(contrastRatio(s.mutedText, s.background) >= 4.5);
        QVERIFY(contrastRatio(s.foreground, s.laneAlternate) >= 4.5);
        QVERIFY(contrastRatio(s.highlightedText, s.highlight) >= 4.5);
    }

    void printThemeKeepsStancesApartInGreyscale()
    {
        const QList<int> print = stanceGreys(RenderStyle::print(), u"print-greyscale.png"_s);
        QVERIFY2(closestPair(print) >= 25, qPrintable(u"print greys too close: "_s + QString::number(closestPair(print)) + u" in "_s + QStringList([&] { QStringList l; for (int g : print) l << QString::number(g); return l; }()).join(u' ')));
        // The default colours alone would not do: Opposes and Supports print as nearly the same grey.
        const QList<int> light = stanceGreys(RenderStyle::light(), u"light-greyscale.png"_s);
        QVERIFY2(closestPair(light) < 25, qPrintable(QString::number(closestPair(light))));
        // Ordered: from the most opposed (darkest) to the most supportive (lightest), Unknown lightest of all.
        const auto& scale = m_sample.stanceScale();
        for (qsizetype i = 0; i < scale.size(); ++i)
            for (qsizetype j = 0; j < scale.size(); ++j)
                if (!scale[i].isUnknown && !scale[j].isUnknown && scale[i].value < scale[j].value)
                    QVERIFY(print[i] < print[j]);
    }

    void printKeepsHue()
    {
        // Colour printers still get colour: a print fill keeps the hue of the dossier's colour.
        const RenderStyle s = RenderStyle::print();
        for (const auto& level : defaultStanceScale()) {
            if (level.isUnknown)
                continue;
            const QColor in(level.color), out = s.dataFill(in, 0.5);
            QVERIFY2(std::abs(in.hslHue() - out.hslHue()) <= 3, qPrintable(level.key));
        }
    }

    void darkExportIsDark_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("matrix") << u"matrix"_s;
        QTest::newRow("timeline") << u"timeline"_s;
        QTest::newRow("history") << u"history"_s;
    }
    void darkExportIsDark()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        HeadlessExportRequest r;
        r.view = view;
        r.asOf = at("2025-12-15");
        r.from = at("2025-12-01");
        r.to = at("2025-12-15");
        r.size = QSize(1200, 700);
        r.theme = u"dark"_s;
        r.title = u"Dark"_s;
        r.outPath = dir.filePath(view + u".png"_s);
        const QString error = runHeadlessExport(m_sample, r, headlessViewFactory());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QImage image(r.outPath);
        QVERIFY(!image.isNull());
        saveForInspection(image, u"dark-"_s + view + u".png"_s);
        // A dark background (the corner), a good share of dark pixels, and light text.
        QVERIFY2(qGray(image.pixel(2, 2)) < 60, qPrintable(QColor(image.pixel(2, 2)).name()));
        int darkPixels = 0, lightPixels = 0, total = 0;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5, ++total) {
                const int g = qGray(image.pixel(x, y));
                darkPixels += g < 70;
                lightPixels += g > 180;
            }
        QVERIFY2(darkPixels > total / 4, qPrintable(u"%1 of %2 dark"_s.arg(darkPixels).arg(total)));
        QVERIFY(lightPixels > 0);
    }

    void unknownExportThemeIsAnError()
    {
        HeadlessExportRequest r;
        r.view = u"matrix"_s;
        r.theme = u"sepia"_s;
        r.outPath = QDir::temp().filePath(u"never.png"_s);
        const QString error = validateHeadlessExport(m_sample, r);
        QCOMPARE(error, u"unknown theme \"sepia\" (expected light, dark or print)"_s);
    }

    void paletteDecidesDarkness()
    {
        QVERIFY(RenderStyle::isDarkPalette(ColorSchemes::darkPalette()));
        QVERIFY(!RenderStyle::isDarkPalette(ColorSchemes::lightPalette()));
        const RenderStyle s = RenderStyle::fromPalette(ColorSchemes::darkPalette(), QFont());
        QVERIFY(s.darkBackground);
        QCOMPARE(s.theme, RenderStyle::Theme::Screen);
        // A dark stance colour is lifted on a dark screen; on a light screen the dossier's colour is kept.
        const QColor deadlocked(u"#7b241c"_s);
        QVERIFY(contrastRatio(s.dataFill(deadlocked), s.background) >= 3.0);
        QCOMPARE(RenderStyle::fromPalette(ColorSchemes::lightPalette(), QFont()).dataFill(deadlocked), deadlocked);
    }

    void chosenSchemeIsRememberedAndApplied()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        QCOMPARE(ColorSchemes::saved(settings), ColorScheme::System);
        const QPalette system = QApplication::palette();

        ColorSchemes::save(settings, ColorScheme::Dark);
        settings.sync();
        QSettings reread(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        QCOMPARE(ColorSchemes::saved(reread), ColorScheme::Dark);
        ColorSchemes::apply(ColorScheme::Dark);
        QVERIFY(RenderStyle::isDarkPalette(QApplication::palette()));
        QVERIFY(ColorSchemes::isDark(ColorScheme::Dark));

        ColorSchemes::apply(ColorScheme::Light);
        QVERIFY(!RenderStyle::isDarkPalette(QApplication::palette()));

        // Back to the system's: its palette returns, and "dark" means whatever the system's palette is.
        ColorSchemes::apply(ColorScheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
        QCOMPARE(ColorSchemes::isDark(ColorScheme::System), RenderStyle::isDarkPalette(system));

        settings.setValue(u"appearance/colorScheme"_s, u"purple"_s);
        QCOMPARE(ColorSchemes::saved(settings), ColorScheme::System);
    }
};

QTEST_MAIN(tst_Themes)
#include "tst_themes.moc"
