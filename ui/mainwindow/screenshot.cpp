// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "safefilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace Entente {

Status saveScreenshot(QWidget* window, QSize size, const QString& path)
{
    window->resize(size);
    window->show();
    // Two rounds: the first lays out docks, the second paints what depends on their final sizes.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    window->resize(size);
    QCoreApplication::processEvents();
    const QPixmap shot = window->grab();
    SafeFileWriter file(path);
    if (!file.open())
        return Error(file.errorString());
    QImageWriter writer(file.device(), "png");
    if (!writer.write(shot.toImage()))
        file.fail(writer.errorString());
    if (!file.commit())
        return Error(file.errorString());
    return {};
}

} // namespace Entente
