// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the scalable application icon to square PNGs for the hicolor theme.
//   entente_rendericon IN.svg SIZE OUT.png
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args[2].toInt(&ok) : 0;
    if (!ok || size < 16 || size > 1024) {
        std::fputs("usage: entente_rendericon IN.svg SIZE OUT.png (SIZE 16-1024)\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "entente_rendericon: cannot read %s as SVG\n", qUtf8Printable(args[1]));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(0, 0, size, size));
    }
    if (!image.save(args[3], "PNG")) {
        std::fprintf(stderr, "entente_rendericon: cannot write %s\n", qUtf8Printable(args[3]));
        return 1;
    }
    return 0;
}
