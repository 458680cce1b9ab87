// SPDX-License-Identifier: GPL-3.0-or-later
// The store is private to models (DESIGN.md): no file under ui/ or app/ includes a header of models/store/, and
// the build refuses one that tries (tests/layering: a target of entente_ui that includes a store header does not
// compile, while the same target including Document's header does).
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject {
    Q_OBJECT
private slots:
    void noStoreHeaderAboveModels()
    {
        const QDir store(QStringLiteral(ENTENTE_SOURCE_DIR "/models/store"));
        const QStringList headers = store.entryList({ QStringLiteral("*.h") }, QDir::Files);
        QVERIFY(headers.contains(QStringLiteral("dossierstore.h")));
        const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^\">]+)[\">]"), QRegularExpression::MultilineOption);
        QStringList violations;
        qsizetype scanned = 0;
        for (const char* dir : { "ui", "app" }) {
            QDirIterator it(QStringLiteral(ENTENTE_SOURCE_DIR "/") + QLatin1String(dir),
                { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++scanned;
                auto m = include.globalMatch(QString::fromUtf8(f.readAll()));
                while (m.hasNext()) {
                    const QString name = m.next().captured(1).section(u'/', -1);
                    if (headers.contains(name))
                        violations << QStringLiteral("%1 includes %2")
                                          .arg(QDir(QStringLiteral(ENTENTE_SOURCE_DIR)).relativeFilePath(path), name);
                }
            }
        }
        QVERIFY(scanned > 20);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

    void buildRefusesStoreHeaderInUi()
    {
        auto build = [](const char* target) {
            QProcess p;
            p.start(QStringLiteral("cmake"),
                { QStringLiteral("--build"), QStringLiteral(ENTENTE_BINARY_DIR), QStringLiteral("--target"),
                    QLatin1String(target) });
            if (!p.waitForFinished(300000))
                return std::pair { -1, QString() };
            return std::pair { p.exitCode(),
                QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError()) };
        };
        const auto allowed = build("layering_allowed");
        QVERIFY2(allowed.first == 0, qPrintable(allowed.second.right(2000)));
        const auto violation = build("layering_violation");
        QVERIFY2(violation.first != 0, "a ui target including sqlitestore.h compiled");
        QVERIFY2(violation.second.contains(u"sqlitestore.h"), qPrintable(violation.second.right(2000)));
    }
};

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
