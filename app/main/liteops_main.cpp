#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLabel label(QObject::tr("LiteOps console: the local sandbox is being built."));
    label.show();
    return app.exec();
}
