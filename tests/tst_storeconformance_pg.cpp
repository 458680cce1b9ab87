// SPDX-License-Identifier: GPL-3.0-or-later
// The store conformance suite (storeconformance.h) against a team dossier on PostgreSQL (the throwaway cluster
// of tests/pgcluster.sh).
#include "pgtestutil.h"
#include "postgresstore.h"
#include "storeconformance.h"

using namespace Entente;

class TestStoreConformancePg : public QObject {
    Q_OBJECT
private:
    Conformance::StoreMaker m_make = [](const Dossier& d, bool readOnly) -> std::unique_ptr<DossierStore> {
        const QString uri = PgTest::uri(PgTest::freshId(u"conformance"_qs));
        auto created = PostgresStore::create(uri, d);
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.message()));
            return nullptr;
        }
        if (!readOnly)
            return std::move(created).value();
        StoreOpenOptions options;
        options.access = StoreOpenOptions::Access::ReadOnly;
        auto opened = PostgresStore::open(uri, options);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.message()));
            return nullptr;
        }
        return std::move(opened).value();
    };

private slots:
    void initTestCase()
    {
        const QString problem = PgTest::clusterProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
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

    // What was published reads back field for field.
    void publishedReadsBack()
    {
        const Dossier d = Conformance::sample();
        auto store = m_make(d, false);
        QVERIFY(store);
        StoreTest::compareDossiers(Conformance::reload(*store), d);
    }
};

QTEST_GUILESS_MAIN(TestStoreConformancePg)
#include "tst_storeconformance_pg.moc"
