// SPDX-License-Identifier: GPL-3.0-or-later
// The store conformance suite (storeconformance.h) against the SQLite dossier file.
#include "sqlitestore.h"
#include "storeconformance.h"

#include <QTemporaryDir>

using namespace Entente;

class TestStoreConformanceSqlite : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;
    Conformance::StoreMaker m_make = [this](const Dossier& d, bool readOnly) -> std::unique_ptr<DossierStore> {
        const QString path = m_dir.filePath(QStringLiteral("d%1.entente").arg(++m_count));
        auto created = SqliteStore::create(path, d);
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.message()));
            return nullptr;
        }
        if (!readOnly)
            return std::move(created).value();
        created.value().reset(); // release the lock, then open read-only
        StoreOpenOptions options;
        options.access = StoreOpenOptions::Access::ReadOnly;
        auto opened = SqliteStore::open(path, options);
        if (!opened.ok())
            return nullptr;
        return std::move(opened).value();
    };

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void rowWrites() { Conformance::rowWrites(m_make); }
    void reorder() { Conformance::reorder(m_make); }
    void appendOnlyHistory() { Conformance::appendOnlyHistory(m_make); }
    void capabilities() { Conformance::capabilities(m_make); }
    void issueAxis() { Conformance::issueAxis(m_make); }
    void journal() { Conformance::journal(m_make); }
    void allOrNothing() { Conformance::allOrNothing(m_make); }
    void readOnly() { Conformance::readOnly(m_make); }
    void claims() { Conformance::claims(m_make); }
    void removeEvents() { Conformance::removeEvents(m_make); }
    void externalIds() { Conformance::externalIds(m_make); }

    // The SQLite store's own concurrency control: the lock. A second writer is refused, naming the holder; with
    // ReadWriteElseReadOnly it gets the file read-only and says why.
    void lockBelongsToTheStore()
    {
        const QString path = m_dir.filePath(u"locked.entente"_qs);
        auto first = SqliteStore::create(path, Conformance::sample());
        QVERIFY(first.ok());
        StoreOpenOptions write;
        write.access = StoreOpenOptions::Access::ReadWrite;
        const auto second = SqliteStore::open(path, write);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind(), Error::Kind::Locked);
        QVERIFY2(second.message().contains(u"opened by"), qPrintable(second.message()));
        StoreOpenOptions fallback;
        fallback.access = StoreOpenOptions::Access::ReadWriteElseReadOnly;
        auto readOnly = SqliteStore::open(path, fallback);
        QVERIFY(readOnly.ok());
        QVERIFY(readOnly.value()->isReadOnly());
        QVERIFY2(
            readOnly.value()->readOnlyReason().contains(u"opened by"), qPrintable(readOnly.value()->readOnlyReason()));
        first.value().reset(); // closing releases the lock
        QVERIFY(SqliteStore::open(path, write).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreConformanceSqlite)
#include "tst_storeconformance_sqlite.moc"
