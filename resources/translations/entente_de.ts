<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChartSummary</name>
    <message numerus="yes">
        <source>%1: %n point(s), last %2</source>
        <translation>
            <numerusform>%1: %n Punkt, zuletzt %2</numerusform>
            <numerusform>%1: %n Punkte, zuletzt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 insgesamt</translation>
    </message>
</context>
<context>
    <name>Entente</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Entente::HeadlessExport</name>
    <message>
        <source>unknown view &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Ansicht „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>no output file given (--out PATH)</source>
        <translation>keine Ausgabedatei angegeben (--out PFAD)</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot; (expected .png, .svg or .pdf)</source>
        <translation>unbekanntes Ausgabeformat „%1“ (erwartet .png, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>the briefing is a PDF: use a .pdf output file</source>
        <translation>das Briefing ist ein PDF: bitte eine .pdf-Ausgabedatei angeben</translation>
    </message>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>the dossier has no issues</source>
        <translation>das Dossier enthält keine Themen</translation>
    </message>
    <message>
        <source>%1: the dossier has no dated content</source>
        <translation>%1: das Dossier hat keine datierten Inhalte</translation>
    </message>
    <message>
        <source>%1 %2 is outside the dossier (%3 to %4)</source>
        <translation>%1 %2 liegt außerhalb des Dossiers (%3 bis %4)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>--size must be positive</source>
        <translation>--size muss positiv sein</translation>
    </message>
    <message>
        <source>--size %1x%2 is too large (at most %3 pixels a side)</source>
        <translation>--size %1x%2 ist zu groß (höchstens %3 Pixel je Seite)</translation>
    </message>
    <message>
        <source>--scale must be between 0 and 8</source>
        <translation>--scale muss zwischen 0 und 8 liegen</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark or print)</source>
        <translation>unbekanntes Farbschema „%1“ (erwartet light, dark oder print)</translation>
    </message>
    <message>
        <source>the %1 view is not available in this build</source>
        <translation>die Ansicht %1 ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Entente::AsOfControl</name>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Previous change (Alt+Left)</source>
        <translation>Vorherige Änderung (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Next change (Alt+Right)</source>
        <translation>Nächste Änderung (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingExporter</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Ereignisse</translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished">Parteien</translation>
    </message>
    <message>
        <source>Sources (grading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more events in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events, page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A briefing is a PDF: use a .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::CellHistoryModel</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retracted %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished">Gültig ab</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Quellen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished">Erfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation type="unfinished">Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Entente::ChangeEditorDialog</name>
    <message>
        <source>Record position: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite e&amp;vents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite s&amp;ources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>Positionsverlauf</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Annäherung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Stance distribution</source>
        <translation>Verteilung der Haltungen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Iss&amp;ue:</source>
        <translation>&amp;Thema:</translation>
    </message>
</context>
<context>
    <name>Entente::ChartView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Charts</name>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation type="unfinished">unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Ereignisse</translation>
    </message>
    <message>
        <source>Spread (salience-weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished">Parteien</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convergence: spread of positions per issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity by issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity by party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished">Aktivität</translation>
    </message>
    <message>
        <source>Stance distribution as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Command</name>
    <message>
        <source>Unknown event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename party %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party position out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown issue &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename issue %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue position out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown position change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract status of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stance %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename status %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename dossier to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dossier description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Command::Detail::InsertEventCommand</name>
    <message>
        <source>Add event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Command::Detail::RemoveEventCommand</name>
    <message>
        <source>Remove event %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::Document</name>
    <message>
        <source>No dossier is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events are still loading; edits are possible once they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is being saved; edits are possible once it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is cited by a recorded change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown party &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown issue &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate position change id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate status change id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown position change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import removed party &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import removed source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import changed existing events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import changed the histories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate event id %1 in the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::EventEditor</name>
    <message>
        <source>2025-12-15, 2022-02 (a month), 2025 (a year), 2025-12-15T10:30Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Quellen</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::EventFilterBar</name>
    <message>
        <source>Filter events (Ctrl+F): text in title or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events of the party and issue selected in the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::EventImportRunner</name>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::EventsModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished">Parteien</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished">Themen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Quellen</translation>
    </message>
</context>
<context>
    <name>Entente::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (greyscale-safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As-of date stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ExportOptions</name>
    <message>
        <source>As on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImageExporter</name>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clipboard is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or TSV (with or without a header row) or JSON (an array of objects, or one object per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event data (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>JSON, %n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delimited text (%1), %2, %n column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImportMappingPage</name>
    <message>
        <source>Map columns to event fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors → parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns → tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as name=value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImportOptionsPage</name>
    <message>
        <source>Unknown actors and bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a party for each new actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop actors that match no party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat rows with unknown actors as bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad rows and report them (otherwise stop at the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors are first matched to existing parties by name, short name or id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImportReportPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows read: %L2 events imported, %L3 rows skipped, %L4 new parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished">Nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows, %L2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %L1 events, skipped %L2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::ImportWizard</name>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::IssuesModel</name>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished">Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare date</source>
        <translation>Vergleichsdatum</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Loading events</source>
        <translation>Ereignisse werden geladen</translation>
    </message>
    <message>
        <source>Saving %1 imported events… %2 %</source>
        <translation>%1 importierte Ereignisse werden gespeichert … %2 %</translation>
    </message>
    <message>
        <source>No dossier</source>
        <translation>Kein Dossier</translation>
    </message>
    <message>
        <source> (loading events)</source>
        <translation> (Ereignisse werden geladen)</translation>
    </message>
    <message>
        <source> (importing)</source>
        <translation> (Import läuft)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Cannot open dossier</source>
        <translation>Dossier kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The events are still loading; edits are possible once they are in</source>
        <translation>Die Ereignisse werden noch geladen; Änderungen sind möglich, sobald sie da sind</translation>
    </message>
    <message>
        <source>An import is being saved; edits are possible once it is in</source>
        <translation>Ein Import wird gespeichert; Änderungen sind möglich, sobald er abgeschlossen ist</translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation>Das Dossier ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Loading %1 events… %2 %</source>
        <translation>%1 Ereignisse werden geladen … %2 %</translation>
    </message>
    <message>
        <source>Loaded %1 events in %2 s</source>
        <translation>%1 Ereignisse in %2 s geladen</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be written to the dossier file and was not applied:
%1</source>
        <translation>Die Änderung konnte nicht in die Dossierdatei geschrieben werden und wurde nicht übernommen:
%1</translation>
    </message>
    <message>
        <source>Nothing changed: that position is already in force</source>
        <translation>Nichts geändert: diese Position gilt bereits</translation>
    </message>
    <message>
        <source>Nothing changed: that status is already in force</source>
        <translation>Nichts geändert: dieser Status gilt bereits</translation>
    </message>
    <message>
        <source>%1 on %2 %3 %4</source>
        <translation>%1 zu %2 %3 %4</translation>
    </message>
    <message>
        <source>toward support:</source>
        <translation>zur Zustimmung hin:</translation>
    </message>
    <message>
        <source>toward opposition:</source>
        <translation>zur Ablehnung hin:</translation>
    </message>
    <message>
        <source>No stance moved between the two dates.</source>
        <translation>Zwischen den beiden Daten hat sich keine Haltung verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s): </source>
        <translation>
            <numerusform>%n Veränderung: </numerusform>
            <numerusform>%n Veränderungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n Ereignis angezeigt</numerusform>
            <numerusform>%n Ereignisse angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>That change is already retracted</source>
        <translation>Diese Änderung ist bereits zurückgezogen</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Neues Dossier</translation>
    </message>
    <message>
        <source>Entente dossiers (*.entente)</source>
        <translation>Entente-Dossiers (*.entente)</translation>
    </message>
    <message>
        <source>Cannot create dossier</source>
        <translation>Dossier kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>Dossier öffnen</translation>
    </message>
    <message>
        <source>Dossiers (*.entente *.json);;All files (*)</source>
        <translation>Dossiers (*.entente *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Events or Dossier…</source>
        <translation>Ereignisse oder Dossier &amp;importieren …</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Image</source>
        <translation>&amp;Bild exportieren</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matrix …</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Zeitleiste …</translation>
    </message>
    <message>
        <source>&amp;Chart…</source>
        <translation>&amp;Diagramm …</translation>
    </message>
    <message>
        <source>Cop&amp;y Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Briefing PDF…</source>
        <translation>&amp;Briefing-PDF …</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>Druck&amp;vorschau</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit Position…</source>
        <translation>Position &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit Issue &amp;Status…</source>
        <translation>Themen&amp;status bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>Ereignisse &amp;suchen</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>Neues &amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Z&amp;eitleiste</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Compare Mode</source>
        <translation>&amp;Vergleichsmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>Ü&amp;ber Entente</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Über Entente</translation>
    </message>
    <message>
        <source>Entente %1 — follow a multi-party negotiation: a timeline of events and each party&apos;s position on each issue as of any date.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Entente %1 – Mehrparteienverhandlungen verfolgen: eine Zeitleiste der Ereignisse und die Position jeder Partei zu jedem Thema zu jedem Stichtag.
Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Nichts wurde importiert.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis importiert</numerusform>
            <numerusform>%n Ereignisse importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>TimelineJS3 web timeline of the visible period (*.json)</source>
        <translation>TimelineJS3-Webzeitleiste des sichtbaren Zeitraums (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Whole dossier as JSON (*.json);;Events as CSV (*.csv)</source>
        <translation>Ganzes Dossier als JSON (*.json);;Ereignisse als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Kopieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image copied to the clipboard</source>
        <translation>Bild in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Briefing PDF</source>
        <translation>Briefing-PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing not written</source>
        <translation>Briefing nicht geschrieben</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>Briefing nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Bahnen der Zeitleiste</translation>
    </message>
    <message>
        <source>Lanes by party</source>
        <translation>Bahnen nach Partei</translation>
    </message>
    <message>
        <source>Lanes by issue</source>
        <translation>Bahnen nach Thema</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Eine Bahn</translation>
    </message>
    <message>
        <source>Timeline colours</source>
        <translation>Farben der Zeitleiste</translation>
    </message>
    <message>
        <source>Colour by party</source>
        <translation>Farbe nach Partei</translation>
    </message>
    <message>
        <source>Colour by issue</source>
        <translation>Farbe nach Thema</translation>
    </message>
    <message>
        <source>Colour by tag</source>
        <translation>Farbe nach Schlagwort</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Fit all (Home)</source>
        <translation>Alles zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>  Go to </source>
        <translation>  Gehe zu </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Event editor</source>
        <translation>Ereigniseditor</translation>
    </message>
    <message>
        <source>Change history of the selected cell</source>
        <translation>Änderungsverlauf der gewählten Zelle</translation>
    </message>
    <message>
        <source>&amp;Retract selected change</source>
        <translation>Gewählte Änderung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Add issue</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Remove issue</source>
        <translation>Thema entfernen</translation>
    </message>
    <message>
        <source>Issue not removed</source>
        <translation>Thema nicht entfernt</translation>
    </message>
    <message>
        <source>Status history of the selected issue</source>
        <translation>Statusverlauf des gewählten Themas</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Retract selected status</source>
        <translation>Gewählten Status zurückziehen</translation>
    </message>
    <message>
        <source>That status change is already retracted</source>
        <translation>Diese Statusänderung ist bereits zurückgezogen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Partei hinzufügen</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Partei</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Partei entfernen</translation>
    </message>
    <message>
        <source>Party not removed</source>
        <translation>Partei nicht entfernt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Source not removed</source>
        <translation>Quelle nicht entfernt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Entente starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Entente.</translation>
    </message>
</context>
<context>
    <name>Entente::MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>Positionsmatrix</translation>
    </message>
</context>
<context>
    <name>Entente::PartiesModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::PositionMatrixModel</name>
    <message>
        <source>%1 on %2: no recorded position</source>
        <translation>%1 zu %2: keine Position erfasst</translation>
    </message>
    <message>
        <source>%1 on %2: %3 since %4</source>
        <translation>%1 zu %2: %3 seit %4</translation>
    </message>
    <message>
        <source>salience %1 of 100</source>
        <translation>Gewicht %1 von 100</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>no source cited</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message numerus="yes">
        <source>cites %n event(s)</source>
        <translation>
            <numerusform>verweist auf %n Ereignis</numerusform>
            <numerusform>verweist auf %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since the previous step</source>
        <translation>seit dem vorigen Schritt geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zu &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recorded position</source>
        <translation>Keine Position erfasst</translation>
    </message>
    <message>
        <source>Latest change: %1, %2</source>
        <translation>Letzte Änderung: %1, %2</translation>
    </message>
    <message>
        <source>Salience: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Source: %1 — %2 (%3)</source>
        <translation>Quelle: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>No source cited</source>
        <translation>Keine Quelle angegeben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, status: %2</source>
        <translation>%1, Status: %2</translation>
    </message>
    <message>
        <source>%1, no status</source>
        <translation>%1, kein Status</translation>
    </message>
</context>
<context>
    <name>Entente::SourcesModel</name>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Laying out %1 events…</source>
        <translation>%1 Ereignisse werden angeordnet …</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Parteien: %1</translation>
    </message>
    <message>
        <source>Issues: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (column or {template})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type (tag)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixRenderer</name>
    <message>
        <source>Position matrix</source>
        <translation>Positionsmatrix</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>●  changed since previous step    △  no source    bar: salience</source>
        <translation>●  seit dem vorigen Schritt geändert    △  keine Quelle    Balken: Gewicht</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Converted %1 to the dossier file %2; edits are saved there.</source>
        <translation>%1 wurde in die Dossierdatei %2 umgewandelt; Änderungen werden dort gespeichert.</translation>
    </message>
    <message>
        <source>Opened the existing dossier file %1 made from %2.</source>
        <translation>Die vorhandene Dossierdatei %1 (aus %2 erstellt) wurde geöffnet.</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation>Dossier in Benutzung</translation>
    </message>
    <message>
        <source>%1 is %2.

Open it read-only?</source>
        <translation>%1 ist %2.

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Read-only: the dossier is %1.</source>
        <translation>Schreibgeschützt: das Dossier ist %1.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Opposes</source>
        <translation>Lehnt ab</translation>
    </message>
    <message>
        <source>Resists</source>
        <translation>Sträubt sich</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Converging</source>
        <translation>Annäherung</translation>
    </message>
    <message>
        <source>Agreed in principle</source>
        <translation>Grundsätzlich vereinbart</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Deadlocked</source>
        <translation>Festgefahren</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Fallen gelassen</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n Ereignis</numerusform>
            <numerusform>%1: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the visible period</source>
        <translation>
            <numerusform>%n Ereignis im sichtbaren Zeitraum</numerusform>
            <numerusform>%n Ereignisse im sichtbaren Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>parties: %1</source>
        <translation>Parteien: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), %1 to %2</source>
        <translation>
            <numerusform>%n Bahn, %1 bis %2</numerusform>
            <numerusform>%n Bahnen, %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">Zeitleiste</translation>
    </message>
</context>
</TS>
