// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "digestcommand.h"
#include "document.h"
#include "dossierio.h"
#include "exportcommand.h"
#include "forecastcommand.h"
#include "mainwindow/languages.h"
#include "publishcommand.h"
#include "teamlocation.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshot.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDateTime>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace Entente {

namespace {
    int fail(const QString& message)
    {
        std::fprintf(stderr, "entente: %s\n", qUtf8Printable(message));
        return 1;
    }

    void print(const QString& text)
    {
        std::fputs(qUtf8Printable(text), stdout);
    }

    bool hasDisplay()
    {
        return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    }

    // Headless runs (export, --screenshot) on machines without a session have no XDG_RUNTIME_DIR; Qt would
    // warn on stderr, which must carry only our one-line errors. Give it a private one.
    void ensureRuntimeDir()
    {
        if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            return;
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/entente-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }

    // Qt's offscreen platform warns "This plugin does not support propagateSizeHints()" whenever a window is
    // laid out; stderr carries only our one-line errors, so that one is dropped and everything else passes.
    QtMessageHandler g_previousHandler = nullptr;
    void quietPlatformMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        // libpng's own "Write Error" echoes a failed write that the file writer reports with its cause.
        if (message.contains(u"does not support propagateSizeHints") || message.startsWith(u"libpng error:"))
            return;
        if (g_previousHandler)
            g_previousHandler(type, context, message);
    }

    void setIdentity()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Entente"));
        QCoreApplication::setApplicationName(QStringLiteral("entente"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
    }

    // Re-parses argv for one sub-command; returns false (after printing) on bad usage.
    bool parseSub(QCommandLineParser& p, const QStringList& args, const QString& name, const QString& usage)
    {
        p.setApplicationDescription(QStringLiteral("entente %1: %2").arg(name, usage));
        p.addHelpOption();
        if (!p.parse(args)) {
            fail(p.errorText());
            return false;
        }
        if (p.isSet(QStringLiteral("help"))) {
            print(p.helpText());
            return false;
        }
        return true;
    }

    int cmdInfo(const QStringList& args)
    {
        QCommandLineParser p;
        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("dossier (.entente, .json or postgresql:// URI)"));
        if (!parseSub(p, args, QStringLiteral("info"), QStringLiteral("print what a dossier holds")))
            return p.isSet(QStringLiteral("help")) ? 0 : 2;
        const QStringList pos = p.positionalArguments().mid(1);
        if (pos.size() != 1)
            return fail(QStringLiteral("info: expected exactly one FILE"));
        const QString shown = TeamLocation::withoutPassword(pos[0]); // a password is never printed
        auto read = DossierIO::describe(pos[0]);
        if (!read.ok())
            return fail(QString(read.message()).replace(pos[0], shown));
        const DossierIO::LocationInfo& info = read.value();
        const Dossier& d = info.dossier;
        const int schema = info.schemaVersion;
        qsizetype retracted = 0;
        for (const auto& c : d.positionChanges())
            retracted += c.retracted ? 1 : 0;
        QString out;
        QTextStream s(&out);
        s << "Dossier: " << d.name << '\n'
          << (info.server ? QStringLiteral("Server: ") + shown : QStringLiteral("File: ") + QFileInfo(pos[0]).absoluteFilePath())
          << '\n'
          << "Schema version: " << (schema ? QString::number(schema) : QStringLiteral("- (JSON interchange v1)"))
          << (info.server ? QStringLiteral(" (server)") : QString()) << '\n';
        if (info.server)
            s << "Server role: " << info.serverRole
              << (info.mayWrite ? QStringLiteral(" (may write)") : QStringLiteral(" (read-only: %1)").arg(info.readOnlyReason))
              << '\n';
        s << "Parties: " << d.parties().size() << '\n'
          << "Issues: " << d.issues().size() << '\n'
          << "Events: " << d.events().size() << '\n'
          << "Position changes: " << d.positionChanges().size() << " (" << retracted << " retracted)\n"
          << "Status changes: " << d.statusChanges().size() << '\n'
          << "Capability changes: " << d.capabilityChanges().size() << '\n'
          << "Sources: " << d.sources().size() << '\n'
          << "Eras: " << d.eras().size() << '\n';
        const auto judgements
            = std::count_if(d.notes().begin(), d.notes().end(), [](const Note& n) { return n.isKeyJudgement(); });
        s << "Notes: " << d.notes().size() << " (" << judgements << " key judgements)\n"
          << "Saved views: " << d.savedViews().size() << '\n';
        if (const auto range = d.dateRange())
            s << "Dates: " << PartialDate::fromMsecs(range->first, Precision::Day).display() << " – "
              << PartialDate::fromMsecs(range->second, Precision::Day).display() << '\n';
        if (info.server) {
            if (const auto& j = info.lastJournal)
                s << "Last journal line: #" << j->id << ' '
                  << QDateTime::fromMSecsSinceEpoch(j->at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                  << ' ' << j->user << ": " << j->action
                  << (j->detail.isEmpty() ? QString() : u" (" + QStringView(j->detail).left(80).toString().simplified() + u')')
                  << '\n';
            else
                s << "Last journal line: none\n";
        }
        s.flush();
        print(out);
        return 0;
    }

    int cmdImport(const QStringList& args)
    {
        QCommandLineParser p;
        p.addPositionalArgument(QStringLiteral("IN"),
            QStringLiteral("a dossier (.json or postgresql:// URI) or events (.csv, .json)"));
        p.addOption({ QStringLiteral("into"),
            QStringLiteral("the .entente file (created if missing) or postgresql:// URI to import into"),
            QStringLiteral("FILE|URI") });
        p.addOption({ QStringLiteral("drop-unknown-columns"), QStringLiteral("CSV: ignore unknown columns instead of keeping them as tags") });
        p.addOption({ QStringLiteral("mapping"),
            QStringLiteral("bulk import with a column mapping: auto (the default for files not in Entente's own formats), "
                           "a preset (acled, gdelt, gdelt2, timelinejs, timelinejs-sheet) or a mapping .json"),
            QStringLiteral("NAME|FILE") });
        p.addOption({ QStringLiteral("group-as"), QStringLiteral("TimelineJS: a group becomes a party (default) or a tag"),
            QStringLiteral("party|tag") });
        p.addOption({ QStringLiteral("skip-bad-rows"), QStringLiteral("event tables: skip bad rows instead of stopping") });
        p.addOption({ QStringLiteral("report"), QStringLiteral("event tables: write the bad-row report (CSV) here"),
            QStringLiteral("PATH") });
        if (!parseSub(p, args, QStringLiteral("import"), QStringLiteral("import a dossier or events into a dossier file")))
            return p.isSet(QStringLiteral("help")) ? 0 : 2;
        const QStringList pos = p.positionalArguments().mid(1);
        if (pos.size() != 1)
            return fail(QStringLiteral("import: expected exactly one input file"));
        if (!p.isSet(QStringLiteral("into")))
            return fail(QStringLiteral("import: --into FILE.entente (or a postgresql:// URI) is required"));
        ImportOptions options;
        options.keepUnknownColumnsAsTags = !p.isSet(QStringLiteral("drop-unknown-columns"));
        options.mapping = p.value(QStringLiteral("mapping"));
        options.skipBadRows = p.isSet(QStringLiteral("skip-bad-rows"));
        options.reportPath = p.value(QStringLiteral("report"));
        if (const QString g = p.value(QStringLiteral("group-as")); !g.isEmpty()) {
            if (g != u"party" && g != u"tag")
                return fail(QStringLiteral("import: --group-as must be party or tag"));
            options.groupsAsParties = g == u"party";
        }
        const auto count = DossierIO::importInto(pos[0], p.value(QStringLiteral("into")), options);
        if (!count.ok())
            return fail(count.message());
        std::fprintf(stderr, "entente: imported %lld event(s) into %s\n", static_cast<long long>(count.value()),
            qUtf8Printable(TeamLocation::withoutPassword(p.value(QStringLiteral("into")))));
        return 0;
    }

    int cmdExportData(const QStringList& args)
    {
        QCommandLineParser p;
        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("dossier (.entente, .json or postgresql:// URI)"));
        p.addOption({ QStringLiteral("format"),
            QStringLiteral("json (whole dossier), csv (events) or timelinejs (a TimelineJS3 file to publish)"),
            QStringLiteral("FORMAT") });
        p.addOption({ QStringLiteral("from"), QStringLiteral("timelinejs: first date of the period"), QStringLiteral("DATE") });
        p.addOption({ QStringLiteral("to"), QStringLiteral("timelinejs: last date of the period"), QStringLiteral("DATE") });
        p.addOption({ QStringLiteral("out"), QStringLiteral("output path"), QStringLiteral("PATH") });
        if (!parseSub(p, args, QStringLiteral("export-data"), QStringLiteral("write a dossier as JSON or its events as CSV")))
            return p.isSet(QStringLiteral("help")) ? 0 : 2;
        const QStringList pos = p.positionalArguments().mid(1);
        if (pos.size() != 1)
            return fail(QStringLiteral("export-data: expected exactly one FILE"));
        const QString format = p.value(QStringLiteral("format")).toLower();
        if (format != u"json" && format != u"csv" && format != u"timelinejs")
            return fail(QStringLiteral("export-data: --format must be json, csv or timelinejs"));
        // A period selects events for the published timeline; a csv or json export is the whole dossier's data,
        // so a period there is refused rather than silently ignored.
        if (format != u"timelinejs" && (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"))))
            return fail(QStringLiteral("export-data: --from/--to apply to --format timelinejs only; %1 exports the whole dossier")
                            .arg(format));
        qint64 from = PartialDate::Invalid, to = PartialDate::Invalid;
        for (const auto& [name, target] : { std::pair { QStringLiteral("from"), &from }, std::pair { QStringLiteral("to"), &to } }) {
            if (!p.isSet(name))
                continue;
            const auto date = PartialDate::parse(p.value(name));
            if (!date.ok())
                return fail(QStringLiteral("export-data: --%1 %2: %3").arg(name, p.value(name), date.message()));
            *target = name == u"to" ? date->periodEnd() - 1 : date->msecs;
        }
        if (!p.isSet(QStringLiteral("out")))
            return fail(QStringLiteral("export-data: --out PATH is required"));
        const auto read = DossierIO::readDossier(pos[0]);
        if (!read.ok())
            return fail(read.message());
        if (const Status written
            = DossierIO::exportData(read.value(), p.value(QStringLiteral("out")), format, from, to);
            !written.ok())
            return fail(written.message());
        return 0;
    }

    QString sampleCopyPath()
    {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        return QDir(dir).filePath(QStringLiteral("berlin-talks-2025.entente"));
    }

    int runGui(int argc, char** argv)
    {
        QCommandLineParser p;
        p.setApplicationDescription(QStringLiteral(
            "Entente: follow a multi-party negotiation.\n\nCommands (run `entente COMMAND --help`):\n"
            "  info FILE|URI                                print counts and the schema version (a team dossier: role, journal)\n"
            "  publish FILE --to URI                        publish a dossier to a team server (PostgreSQL)\n"
            "  import IN --into FILE.entente [--mapping M]  import a dossier (.json) or events (.csv/.tsv/.json)\n"
            "  export-data FILE --format json|csv|timelinejs --out P   the dossier as JSON, events as CSV or TimelineJS\n"
            "  export FILE --view VIEW --out P.png|svg|pdf  render a view headless\n"
            "  forecast FILE --issue ID [--model M]         the predicted outcome of an issue (or --input TABLE.csv;\n"
            "                                               --scenario NAME: beside a scenario saved with the dossier)\n"
            "  digest FILE --from DATE --to DATE [--format text|markdown|json]   what changed between two dates\n"
            "FILE may be a team dossier's URI: postgresql://HOST/DATABASE?dossier=ID (passwords: ~/.pgpass)"));
        p.addHelpOption();
        p.addVersionOption();
        p.addPositionalArgument(QStringLiteral("FILE"),
            QStringLiteral("dossier to open (.entente, .json to convert, or a team dossier's postgresql:// URI)"));
        p.addOption({ QStringLiteral("sample"), QStringLiteral("open (a copy of) the bundled sample dossier") });
        p.addOption({ QStringLiteral("screenshot"), QStringLiteral("render the main window to OUT.png and exit"), QStringLiteral("OUT") });
        p.addOption({ QStringLiteral("size"), QStringLiteral("window size for --screenshot (default 1280x800)"), QStringLiteral("WxH") });
        p.addOption({ QStringLiteral("settings"), QStringLiteral("use this settings file instead of the user's"), QStringLiteral("INI") });

        QStringList args;
        for (int i = 0; i < argc; ++i)
            args << QString::fromLocal8Bit(argv[i]);
        // Parse before creating the application so that --screenshot can pick the offscreen platform.
        QCommandLineParser pre;
        pre.addOptions({ { QStringLiteral("screenshot"), {}, QStringLiteral("x") }, { QStringLiteral("size"), {}, QStringLiteral("x") },
            { QStringLiteral("settings"), {}, QStringLiteral("x") }, { { QStringLiteral("h"), QStringLiteral("help") }, {} },
            { QStringLiteral("help-all"), {} }, { { QStringLiteral("v"), QStringLiteral("version") }, {} } });
        pre.parse(args);
        // Help, version and screenshots need no display: without one they run on the offscreen platform.
        const bool noWindow = pre.isSet(QStringLiteral("screenshot")) || pre.isSet(QStringLiteral("help"))
            || pre.isSet(QStringLiteral("help-all")) || pre.isSet(QStringLiteral("version"));
        if (noWindow && !hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        else if (!hasDisplay())
            return fail(QStringLiteral("no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); the "
                                       "commands info, import, export-data, export, forecast, publish and --screenshot work without one"));
        ensureRuntimeDir();
        if (noWindow)
            g_previousHandler = qInstallMessageHandler(quietPlatformMessages);

        QApplication app(argc, argv);
        setIdentity();
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/entente.svg")));
        QApplication::setDesktopFileName(QStringLiteral("org.entente.Entente"));
        p.process(app);
        // A screenshot writes nothing but its PNG: a JSON dossier is converted into a private folder (not to
        // FILE.entente beside it), and the window remembers its state in a private copy of the settings.
        const bool screenshot = p.isSet(QStringLiteral("screenshot"));
        std::unique_ptr<QTemporaryDir> scratch;
        if (screenshot) {
            scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/entente-screenshot-XXXXXX"_qs);
            if (!scratch->isValid())
                return fail(QStringLiteral("--screenshot: cannot create a temporary folder in %1: %2")
                                .arg(QDir::tempPath(), scratch->errorString()));
        }
        std::unique_ptr<QSettings> settings;
        if (p.isSet(QStringLiteral("settings")) && !screenshot) {
            settings = std::make_unique<QSettings>(p.value(QStringLiteral("settings")), QSettings::IniFormat);
        } else if (screenshot) {
            const auto user = p.isSet(QStringLiteral("settings"))
                ? std::make_unique<QSettings>(p.value(QStringLiteral("settings")), QSettings::IniFormat)
                : std::make_unique<QSettings>();
            settings = std::make_unique<QSettings>(scratch->filePath(u"settings.ini"_qs), QSettings::IniFormat);
            for (const QString& key : user->allKeys())
                settings->setValue(key, user->value(key));
        } else {
            settings = std::make_unique<QSettings>();
        }
        Languages::install(Languages::localeFor(Languages::saved(*settings))); // before any widget exists

        QString path;
        if (!p.positionalArguments().isEmpty()) {
            path = p.positionalArguments().constFirst();
        } else if (!p.isSet(QStringLiteral("sample"))) {
            const QString last = settings->value(QStringLiteral("lastDossier")).toString();
            if (!last.isEmpty() && (QFileInfo::exists(last) || DossierIO::isTeamLocation(last)))
                path = last;
        }
        if (screenshot && (path.isEmpty() || path.endsWith(u".json", Qt::CaseInsensitive))) {
            const QString json = path.isEmpty() ? DossierIO::sampleDossierResource() : path;
            const QString converted = scratch->filePath(QFileInfo(json).completeBaseName() + u".entente"_qs);
            const auto dossier = DossierIO::readDossier(json);
            if (!dossier.ok())
                return fail(dossier.message());
            if (const Status created = Document::createDossier(converted, dossier.value()); !created.ok())
                return fail(created.message());
            path = converted;
        }
        if (path.isEmpty()) {
            // First run or --sample: a copy of the bundled sample in the user's data folder; the bundled file is
            // never modified.
            path = sampleCopyPath();
            if (!QFileInfo::exists(path)) {
                const auto sample = DossierIO::readDossier(DossierIO::sampleDossierResource());
                if (!sample.ok())
                    return fail(sample.message());
                if (const Status created = Document::createDossier(path, sample.value()); !created.ok())
                    return fail(created.message());
            }
        }

        MainWindow window(settings.get());
        if (p.isSet(QStringLiteral("screenshot"))) {
            QSize size(1280, 800);
            if (p.isSet(QStringLiteral("size"))) {
                const QStringList wh = p.value(QStringLiteral("size")).split(u'x');
                bool okW = false, okH = false;
                if (wh.size() == 2)
                    size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
                if (!okW || !okH || size.width() < 200 || size.height() < 150)
                    return fail(QStringLiteral("--size must be WxH, at least 200x150"));
            }
            if (!window.openFile(path, true))
                return fail(window.lastOpenError().isEmpty()
                        ? QStringLiteral("cannot open %1").arg(TeamLocation::withoutPassword(path))
                        : QString(window.lastOpenError()).replace(path, TeamLocation::withoutPassword(path)));
            window.document()->waitForEvents(); // a picture of the whole dossier, not of its loading state
            if (!window.document()->isOpen())
                return fail(window.statusBar()->currentMessage());
            window.timelineView()->finishLayout();
            if (const auto saved = saveScreenshot(&window, size, p.value(QStringLiteral("screenshot"))); !saved.ok())
                return fail(saved.message());
            return 0;
        }
        window.show();
        window.openFile(path);
        return app.exec();
    }
}

int runCli(int argc, char** argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (command == u"info" || command == u"import" || command == u"export-data" || command == u"forecast"
        || command == u"digest" || command == u"publish") {
        QCoreApplication app(argc, argv);
        setIdentity();
        Languages::install(Languages::localeFor(Languages::saved(QSettings())));
        if (command == u"publish")
            return runPublishCommand(args);
        if (command == u"forecast")
            return runForecastCommand(args);
        if (command == u"digest")
            return runDigestCommand(args);
        if (command == u"info")
            return cmdInfo(args);
        if (command == u"import")
            return cmdImport(args);
        return cmdExportData(args);
    }
    if (command == u"export") {
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDir();
        QApplication app(argc, argv);
        setIdentity();
        Languages::install(Languages::localeFor(Languages::saved(QSettings())));
        return runHeadlessExportCommand(args);
    }
    return runGui(argc, argv);
}

} // namespace Entente
