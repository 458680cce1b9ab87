// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttext.h"

#include <algorithm>

namespace Entente::ExportText {

namespace {
    bool isDroppedControl(char16_t c) { return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7f; }
}

QString withoutControls(QString text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isDroppedControl(c.unicode()); }))
        return text;
    text.removeIf([](QChar c) { return isDroppedControl(c.unicode()); });
    return text;
}

bool needsIsolation(const QString& text)
{
    for (QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirPDF:
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return true;
        default:
            break;
        }
        if (c.unicode() == 0x200f || c.unicode() == 0x061c) // RLM, ALM
            return true;
    }
    return false;
}

QString isolated(const QString& text)
{
    if (!needsIsolation(text))
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

QString plainLabel(const QString& text)
{
    QString out = withoutControls(text);
    out.replace(u'<', QChar(0xff1c));
    out.replace(u'>', QChar(0xff1e));
    out.replace(u'&', QChar(0xff06));
    return out;
}

} // namespace Entente::ExportText
