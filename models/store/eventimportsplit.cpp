// SPDX-License-Identifier: GPL-3.0-or-later
// Two halves of one large file on two threads, for the delimited and the JSON readers alike: the helper finds a
// record boundary near the middle and parses from there into a sink of its own; the reading thread parses from
// the start, stops when it reaches that boundary and adopts the helper's rows. The result never depends on the
// split: a boundary the reading thread does not reach exactly (the guess fell inside a record) stops the
// helper, and the reading thread reads on alone.
#include "eventimportsink.h"

#include <QFile>
#include <QScopeGuard>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace Entente::ImportDetail {

bool Half::atSeam(qint64 offset, qint64 line)
{
    if (!splitAt || !bound)
        return false;
    qint64 at = splitAt->load(std::memory_order_acquire);
    if (at < 0 && offset >= waitFrom) { // the helper is still looking (only in a small file)
        splitAt->wait(at, std::memory_order_acquire);
        at = splitAt->load(std::memory_order_acquire);
    }
    if (at >= 0 && offset >= at) {
        if (offset == at) {
            seamLine = line;
            seamOffset = offset;
            return true;
        }
        splitAt = nullptr; // the split fell inside a record: read on alone
        onSeamMissed();
    }
    return false;
}

Error Half::failAt(qint64 line, const QString& why)
{
    errorLine = line;
    errorText = why;
    return Error(QStringLiteral("line %1: %2").arg(line).arg(why), line, {});
}

Status readInHalves(QIODevice& device, ChunkSource& source, ImportSink& sink, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options, EventImportResult& result, SplitFinder findSplit,
    const HalfReader& read)
{
    Error error;
    Half first;
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    const QString path = file ? file->fileName() : QString();
    // Text mode would make this thread's offsets differ from the helper's raw ones.
    if (path.isEmpty() || device.isSequential() || device.openMode().testFlag(QIODevice::Text) || options.threads == 1
        || options.parallelMinBytes <= 0 || source.totalBytes() < options.parallelMinBytes
        || (options.threads == 0 && std::thread::hardware_concurrency() < 2) || !sink.canDefer()) {
        if (!read(source, sink, result, first, &error))
            return error;
        return {};
    }

    // Everything the helper touches is declared before the guard that stops and joins it.
    std::atomic<qint64> splitAt { -1 };
    std::atomic_bool abort { false };
    PeerProgress peer;
    EventImportOptions helperOptions = options;
    helperOptions.progress = nullptr;
    EventImportResult helperResult;
    std::optional<ImportSink> helperSink;
    Half second;
    Error helperError;
    bool helperOk = false;
    std::mutex mutex;
    std::condition_variable doneChanged;
    bool done = false;
    std::thread helper;
    const auto join = qScopeGuard([&] {
        abort = true;
        if (helper.joinable())
            helper.join();
    });
    first.splitAt = &splitAt;
    first.onSeamMissed = [&] {
        abort = true;
        source.showPeer(nullptr); // the helper's progress no longer counts
    };
    first.onBound = [&](qint64 dataOffset, qint64 layout, const std::function<void(ImportSink&)>& bindHelper) {
        const qint64 expectedRows = sink.expectedRows();
        first.waitFrom = dataOffset + (device.size() - dataOffset) / 2; // the finder's middle
        helper = std::thread([&, dataOffset, layout, bindHelper, expectedRows] {
            QFile f(path);
            qint64 at = NoSplit;
            if (f.open(QIODevice::ReadOnly))
                at = findSplit(f, dataOffset, f.size(), [&] { return abort.load(std::memory_order_relaxed)
                    || (options.cancel && options.cancel->load(std::memory_order_relaxed)); });
            if (at != NoSplit && !f.seek(at))
                at = NoSplit;
            splitAt.store(at, std::memory_order_release);
            splitAt.notify_all();
            if (at != NoSplit) {
                ChunkSource part(f, helperOptions);
                part.publishTo(&peer, &abort);
                helperSink.emplace(mapping, target, helperOptions, helperResult);
                helperSink->setDeferred(true);
                bindHelper(*helperSink);
                helperSink->expectRows(qint64(double(expectedRows) * double(f.size() - at) / double(std::max<qint64>(1, f.size()))));
                second.bound = true;
                second.layout = layout;
                helperOk = read(part, *helperSink, helperResult, second, &helperError);
            }
            const std::lock_guard lock(mutex);
            done = true;
            doneChanged.notify_all();
        });
    };
    source.showPeer(&peer);
    if (!read(source, sink, result, first, &error))
        return error;
    if (first.seamLine == 0)
        return {}; // no usable split: this thread read the whole file
    {
        std::unique_lock lock(mutex);
        while (!doneChanged.wait_for(lock, std::chrono::milliseconds(100), [&] { return done; })) {
            lock.unlock();
            source.reportProgress(result.rowsRead);
            lock.lock();
        }
    }
    helper.join();
    if (options.cancel && options.cancel->load())
        return Error(QStringLiteral("import cancelled"));
    if (helperSink && sink.repeatsAnIdOf(*helperSink)) {
        // The file repeats an id across the seam (rare): read the second half again on this thread, on from the
        // seam, as one thread would.
        if (!device.seek(first.seamOffset))
            return Error(QStringLiteral("read error: %1").arg(device.errorString()));
        ChunkSource rest(device, options);
        rest.startMidFile();
        Half tail;
        tail.bound = true;
        tail.layout = first.layout;
        tail.firstLine = first.seamLine;
        if (!read(rest, sink, result, tail, &error))
            return error;
        return {};
    }
    const qint64 shift = first.seamLine - 1; // the helper counted lines from its half's start
    if (!helperOk) {
        if (second.errorLine > 0)
            return Error(QStringLiteral("line %1: %2").arg(second.errorLine + shift).arg(second.errorText),
                second.errorLine + shift, {});
        if (second.rowStop)
            return helperSink->stopError(shift);
        return helperError;
    }
    sink.adopt(*helperSink, shift);
    result.threads = 2;
    source.reportProgress(result.rowsRead);
    return {};
}

} // namespace Entente::ImportDetail
