// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportimagedialog.h"
#include "paintable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
class Plain : public Paintable {
public:
    void paint(QPainter* painter, const QRectF& target, const RenderStyle&) const override
    {
        painter->fillRect(target, Qt::darkGreen);
    }
    QSizeF naturalSize() const override { return { 640, 360 }; }
    QString title() const override { return u"Position matrix"_qs; }
};
} // namespace

class TestExportImageDialog : public QObject {
    Q_OBJECT
private slots:
    void everyControlIsNamedAndReachable()
    {
        Plain view;
        ExportOptions defaults;
        defaults.asOf = 0;
        ExportImageDialog dialog(view, defaults);
        const char* names[] = { "formatCombo", "sizePresetCombo", "customWidthSpin", "customHeightSpin", "scaleSpin",
            "themeCombo", "titleEdit", "subtitleEdit", "asOfCheck", "legendCheck", "sourceLineCheck", "pathEdit",
            "browseButton", "copyButton" };
        for (const char* name : names) {
            auto* w = dialog.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
        }
        // Labels carry mnemonics and buddies.
        int buddies = 0;
        for (auto* label : dialog.findChildren<QLabel*>())
            buddies += label->buddy() ? 1 : 0;
        QVERIFY(buddies >= 7);
    }

    void optionsFollowControls()
    {
        Plain view;
        ExportOptions defaults;
        defaults.asOf = 0;
        ExportImageDialog dialog(view, defaults);
        auto* preset = dialog.findChild<QComboBox*>(u"sizePresetCombo"_qs);
        auto* width = dialog.findChild<QSpinBox*>(u"customWidthSpin"_qs);
        QVERIFY(!width->isEnabled());
        preset->setCurrentIndex(int(ExportOptions::SizePreset::Custom));
        QVERIFY(width->isEnabled());
        width->setValue(500);
        dialog.findChild<QSpinBox*>(u"customHeightSpin"_qs)->setValue(300);
        dialog.findChild<QDoubleSpinBox*>(u"scaleSpin"_qs)->setValue(2);
        auto* theme = dialog.findChild<QComboBox*>(u"themeCombo"_qs);
        QCOMPARE(theme->count(), 3); // light, dark, print
        theme->setCurrentIndex(theme->findData(int(RenderStyle::Theme::Print)));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"titleEdit"_qs), u"<b>Title</b>"_qs);
        dialog.findChild<QCheckBox*>(u"asOfCheck"_qs)->setChecked(true);
        dialog.findChild<QCheckBox*>(u"sourceLineCheck"_qs)->setChecked(true);
        const ExportOptions o = dialog.options();
        QCOMPARE(o.preset, ExportOptions::SizePreset::Custom);
        QCOMPARE(o.customSize, QSize(500, 300));
        QCOMPARE(o.scale, 2.0);
        QCOMPARE(o.theme, RenderStyle::Theme::Print);
        QCOMPARE(o.title, u"<b>Title</b>"_qs);
        QVERIFY(o.asOfStamp);
        QVERIFY(o.sourceLine);
    }

    void formatAndPathStayInStep()
    {
        Plain view;
        ExportImageDialog dialog(view, {});
        auto* format = dialog.findChild<QComboBox*>(u"formatCombo"_qs);
        QVERIFY(dialog.path().endsWith(u"Position matrix.png"_qs));
        format->setCurrentIndex(1);
        QVERIFY(dialog.path().endsWith(u".svg"_qs));
        dialog.setPath(u"/tmp/x.pdf"_qs);
        QCOMPARE(format->currentData().toString(), u"pdf"_qs);
    }

    void acceptWritesTheFile()
    {
        QTemporaryDir dir;
        Plain view;
        ExportImageDialog dialog(view, {});
        dialog.setPath(dir.filePath(u"m.png"_qs));
        dialog.findChild<QComboBox*>(u"sizePresetCombo"_qs)->setCurrentIndex(int(ExportOptions::SizePreset::FullHd));
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QImage(dir.filePath(u"m.png"_qs)).size(), QSize(1920, 1080));
    }

    void errorKeepsDialogOpen()
    {
        Plain view;
        ExportImageDialog dialog(view, {});
        dialog.setPath(u"/nonexistent-dir/m.png"_qs);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.lastError().startsWith(u"Cannot write"_qs));
        QVERIFY(dialog.findChild<QLabel*>(u"errorLabel"_qs)->isVisibleTo(&dialog));
        dialog.setPath(u"/tmp/m.bmpx"_qs);
        QVERIFY(!dialog.exportNow());
        QVERIFY(dialog.lastError().contains(u"bmpx"_qs));
    }

    void copyImage()
    {
        Plain view;
        ExportImageDialog dialog(view, {});
        QVERIFY(dialog.copyNow());
    }
};

QTEST_MAIN(TestExportImageDialog)
#include "tst_exportimagedialog.moc"
