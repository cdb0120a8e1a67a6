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
    text->setAccessibleName(tr("Keyboard shortcuts"));
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
    const auto row = [](const QString &keys, const QString &what) {
        return QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>")
            .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    QString plotRows;
    plotRows += row(tr("← / →"), tr("Move the trace cursor along the curve (stops at jumps)"));
    plotRows += row(tr("Shift+← / Shift+→"), tr("Move the trace cursor ten times as far"));
    plotRows += row(tr("Home / End"), tr("Trace cursor to the left or right end of the view"));
    plotRows += row(tr("↑ / ↓"), tr("Trace the previous or next plotted curve"));
    plotRows += row(tr("Ctrl+← / → / ↑ / ↓"), tr("Pan the view by a tenth"));
    plotRows += row(tr("+ / −"), tr("Zoom in or out about the trace cursor"));
    plotRows += row(tr("Ctrl+Shift+← / →"), tr("Narrow or widen the x range alone"));
    plotRows += row(tr("Ctrl+Shift+↓ / ↑"), tr("Narrow or widen the y range alone"));
    return QStringLiteral("<table cellspacing='4'>%1</table><h4>%2</h4><p>%3</p>"
                          "<table cellspacing='4'>%4</table>")
        .arg(rows, tr("On the plot (click it or Tab to it)").toHtmlEscaped(),
             tr("While the plot has focus, ← and → move its trace cursor, also in presentation "
                "mode; elsewhere in presentation mode they step through the functions.")
                 .toHtmlEscaped(),
             plotRows);
}
