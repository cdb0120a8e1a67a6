// See ShortcutsDialog.h.
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName("shortcutsDialog");
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *text = new QTextBrowser;
    text->setObjectName("shortcutsText");
    text->setHtml(shortcutsHtml(actions));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);
    resize(520, 560);
}

QString ShortcutsDialog::shortcutsHtml(const QList<QAction *> &actions)
{
    QString rows;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        if (name.endsWith(QStringLiteral("…"))) name.chop(1);
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")), name.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing='4'>%1</table>").arg(rows);
}
