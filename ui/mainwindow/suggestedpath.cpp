// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestedpath.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Entente {

QString dialogFolder(const QString& dossierPath)
{
    if (!dossierPath.isEmpty() && !dossierPath.contains(u"://")) {
        const QFileInfo info(dossierPath);
        if (info.absoluteDir().exists())
            return info.absolutePath();
    }
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

QString suggestedSavePath(const QString& dossierPath, const QString& suffix, const QString& extension)
{
    QString base = dossierPath.contains(u"://") ? QString() : QFileInfo(dossierPath).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("entente");
    return QDir(dialogFolder(dossierPath)).filePath(base + suffix + u'.' + extension);
}

} // namespace Entente
