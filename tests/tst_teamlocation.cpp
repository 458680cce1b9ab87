// SPDX-License-Identifier: GPL-3.0-or-later
// Team dossier addresses: the dialog's fields to a libpq URI and back, the name a list shows, and no password
// ever kept.
#include "teamlocation.h"

#include <QTest>

using namespace Entente;
using TeamLocation::Address;

Q_DECLARE_METATYPE(Entente::TeamLocation::Address)

class TestTeamLocation : public QObject {
    Q_OBJECT
private slots:
    void toUri_data()
    {
        QTest::addColumn<Address>("address");
        QTest::addColumn<QString>("uri");
        QTest::newRow("host-database") << Address { u"db.example.org"_qs, 0, u"entente"_qs, u"berlin-talks"_qs }
                                       << u"postgresql://db.example.org/entente?dossier=berlin-talks"_qs;
        QTest::newRow("everything") << Address { u"db.example.org"_qs, 5433, u"entente"_qs, u"berlin-talks"_qs,
            u"olena"_qs, u"verify-full"_qs }
                                    << u"postgresql://olena@db.example.org:5433/entente?dossier=berlin-talks&sslmode=verify-full"_qs;
        QTest::newRow("socket-folder") << Address { u"/run/postgresql"_qs, 5433, u"entente"_qs, u"d1"_qs, u"alice"_qs }
                                       << u"postgresql://alice@/entente?dossier=d1&host=%2Frun%2Fpostgresql&port=5433"_qs;
        QTest::newRow("service") << Address { {}, 0, {}, u"berlin-talks"_qs, {}, {}, u"team"_qs }
                                 << u"postgresql:///?dossier=berlin-talks&service=team"_qs;
        QTest::newRow("ipv6") << Address { u"::1"_qs, 5432, u"entente"_qs, u"x"_qs }
                              << u"postgresql://[::1]:5432/entente?dossier=x"_qs;
        QTest::newRow("encoded") << Address { u"db"_qs, 0, u"team db"_qs, u"x"_qs, u"o'neil"_qs }
                                 << u"postgresql://o%27neil@db/team%20db?dossier=x"_qs;
    }
    void toUri()
    {
        QFETCH(Address, address);
        QFETCH(QString, uri);
        const auto built = TeamLocation::toUri(address);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        QCOMPARE(built.value(), uri);
        // And back: the dialog fills itself from a remembered URI.
        const auto parsed = TeamLocation::fromUri(uri);
        QVERIFY(parsed);
        QCOMPARE(parsed->host, address.host);
        QCOMPARE(parsed->port, address.port);
        QCOMPARE(parsed->database, address.database);
        QCOMPARE(parsed->dossier, address.dossier);
        QCOMPARE(parsed->user, address.user);
        QCOMPARE(parsed->sslmode, address.sslmode);
        QCOMPARE(parsed->service, address.service);
    }

    void refused_data()
    {
        QTest::addColumn<Address>("address");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-dossier") << Address { u"db"_qs, 0, u"entente"_qs } << u"Dossier: enter"_qs;
        QTest::newRow("bad-dossier") << Address { u"db"_qs, 0, u"entente"_qs, u"a b"_qs } << u"“a b” is not a valid id"_qs;
        QTest::newRow("no-database") << Address { u"db"_qs, 0, {}, u"x"_qs } << u"Database: enter"_qs;
        QTest::newRow("bad-port") << Address { u"db"_qs, 70000, u"e"_qs, u"x"_qs } << u"Port: 70000"_qs;
        QTest::newRow("bad-sslmode") << Address { u"db"_qs, 0, u"e"_qs, u"x"_qs, {}, u"always"_qs } << u"SSL mode: “always”"_qs;
    }
    void refused()
    {
        QFETCH(Address, address);
        QFETCH(QString, message);
        const auto built = TeamLocation::toUri(address);
        QVERIFY(!built.ok());
        QCOMPARE(built.error().kind(), Error::Kind::Invalid);
        QVERIFY2(built.message().startsWith(message) || built.message().contains(message), qPrintable(built.message()));
    }

    void withoutPassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        QTest::newRow("userinfo") << u"postgresql://olena:s3cret@db.example.org/entente?dossier=b"_qs
                                  << u"postgresql://olena@db.example.org/entente?dossier=b"_qs;
        QTest::newRow("parameter") << u"postgresql://db/entente?password=s3cret&dossier=b"_qs
                                   << u"postgresql://db/entente?dossier=b"_qs;
        QTest::newRow("both") << u"postgres://u:p%40ss@db:5432/e?dossier=b&password=x&sslmode=require"_qs
                              << u"postgres://u@db:5432/e?dossier=b&sslmode=require"_qs;
        QTest::newRow("only-password-param") << u"postgresql://db/e?password=x"_qs << u"postgresql://db/e"_qs;
        QTest::newRow("none") << u"postgresql://db/e?dossier=b"_qs << u"postgresql://db/e?dossier=b"_qs;
        QTest::newRow("file") << u"/home/o/x:y@z.entente"_qs << u"/home/o/x:y@z.entente"_qs;
    }
    void withoutPassword()
    {
        QFETCH(QString, location);
        QFETCH(QString, expected);
        QCOMPARE(TeamLocation::withoutPassword(location), expected);
        const auto a = TeamLocation::fromUri(location);
        if (a) // the parsed fields hold no password either
            QVERIFY(!TeamLocation::toUri(*a).ok() || !TeamLocation::toUri(*a).value().contains(u"s3cret"));
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("name");
        QTest::newRow("host") << u"postgresql://db.example.org/entente?dossier=berlin-talks"_qs
                              << u"berlin-talks on db.example.org"_qs;
        QTest::newRow("user-port-password") << u"postgresql://o:pw@db.example.org:5433/e?sslmode=verify-full&dossier=b"_qs
                                            << u"b on db.example.org"_qs;
        QTest::newRow("socket") << u"postgresql:///entente?host=/tmp/s&dossier=x"_qs << u"x on the local server"_qs;
        QTest::newRow("service") << u"postgresql:///?service=team&dossier=x"_qs << u"x on service team"_qs;
        QTest::newRow("file") << u"/home/o/berlin.entente"_qs << u"berlin.entente"_qs;
    }
    void displayName()
    {
        QFETCH(QString, location);
        QFETCH(QString, name);
        QCOMPARE(TeamLocation::displayName(location), name);
    }
};

QTEST_APPLESS_MAIN(TestTeamLocation)
#include "tst_teamlocation.moc"
