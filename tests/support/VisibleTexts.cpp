// See VisibleTexts.h.
#include "VisibleTexts.h"

#include "activations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <qcustomplot.h>

namespace testsupport {

namespace {

// Words that are the same in both languages or are names: the ones no German text happens to
// use too (those are allowed anyway). The catalogue's function names ("Threshold") and the
// parameters' command-line names ("lower") are names, too: they are what --function and
// --param take.
QSet<QString> namesOfTheCatalogue()
{
    QSet<QString> words;
    for (const act::FunctionSpec &spec : act::functions()) {
        if (spec.id != act::FunctionId::GeluTanh)
            words += wordsOf(QString::fromUtf8(spec.displayName));
        for (const act::ParameterSpec &p : spec.parameters)
            words += wordsOf(QString::fromUtf8(p.key.data(), qsizetype(p.key.size())));
    }
    return words;
}

const QSet<QString> &sameInGerman()
{
    static const QSet<QString> words{
        "relu",
        "gelu",
        "elu",
        "selu",
        "celu",
        "prelu",
        "rrelu",
        "silu",
        "png",
        "svg",
        "pdf",
        "csv",
        "dpi",
        "px",
        "mm",
        "pt",
        "qt",
        "qcustomplot",
        "gnu",
        "gpl",
        "tanh",
        "sigmoid",
        "softmax",
        "mish",
        "swish",
        "lecun",
        "xavier",
        "he",
        "ctrl",
        "shift",
        "esc",
        "exp",
        "log",
        "sqrt",
        "abs",
        "erf",
        "erfc",
        "min",
        "max",
        "pi",
        "rms",
        "nats",
        "bert",
        "gpt",
        "pytorch",
        "mobilenetv",
        "clamp",
        // Names in the licence notice.
        "general",
        "public",
        "license",
        "free",
        "software",
        "foundation",
    };
    return words;
}

} // namespace

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, {}, true};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            // A plural message's forms are <numerusform> children; the app has none.
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << message;
        }
    }
    if (xml.hasError()) *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

QString germanTsPath()
{
    return QStringLiteral(ACTIVATION_SOURCE_DIR "/translations/activation-explorer_de.ts");
}

QString plainText(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.section(QLatin1Char('\t'), 0, 0).simplified();
}

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-zÄÖÜäöüß]{2,}"));
    QSet<QString> words;
    // The licence's SPDX identifier is a name, not English.
    const QString read = plainText(text).remove(QStringLiteral("GPL-3.0-or-later"));
    for (auto it = word.globalMatch(read); it.hasNext();)
        words << it.next().captured().toLower();
    return words;
}

void collectWidget(QWidget *widget, QList<Seen> &seen)
{
    const QString name =
        QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    const auto add = [&](const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty()) seen << Seen{name + " " + what, text};
    };
    add("tool tip", widget->toolTip());
    add("status tip", widget->statusTip());
    add("what's this", widget->whatsThis());
    add("accessible name", widget->accessibleName());
    add("accessible description", widget->accessibleDescription());
    // What a screen reader is told, which the app's own interfaces (plots, drawn texts,
    // sliders) make up from more than the properties above.
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget)) {
        add("QAccessible name", iface->text(QAccessible::Name));
        add("QAccessible description", iface->text(QAccessible::Description));
        add("QAccessible value", iface->text(QAccessible::Value));
    }
    if (widget->isWindow()) add("window title", widget->windowTitle());
    if (auto *label = qobject_cast<QLabel *>(widget)) add("text", label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) add("text", button->text());
    if (auto *group = qobject_cast<QGroupBox *>(widget)) add("title", group->title());
    if (auto *dock = qobject_cast<QDockWidget *>(widget)) add("title", dock->windowTitle());
    if (auto *menu = qobject_cast<QMenu *>(widget)) add("title", menu->title());
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) add("placeholder", edit->placeholderText());
    if (auto *bar = qobject_cast<QStatusBar *>(widget)) add("message", bar->currentMessage());
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        for (int i = 0; i < combo->count(); ++i)
            add(QStringLiteral("item %1").arg(i), combo->itemText(i));
    if (auto *tabs = qobject_cast<QTabWidget *>(widget))
        for (int i = 0; i < tabs->count(); ++i) {
            add(QStringLiteral("tab %1").arg(i), tabs->tabText(i));
            add(QStringLiteral("tab %1 tool tip").arg(i), tabs->tabToolTip(i));
        }
    if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            add("item", (*it)->text(0));
            add("item tool tip", (*it)->toolTip(0));
        }
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
        for (int c = 0; c < view->model()->columnCount(); ++c)
            add(QStringLiteral("header %1").arg(c),
                view->model()->headerData(c, Qt::Horizontal).toString());
    }
    if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
        for (QCPAxisRect *rect : plot->axisRects())
            for (QCPAxis *axis : rect->axes())
                add("axis label", axis->label());
        for (int i = 0; i < plot->plottableCount(); ++i)
            add("plottable", plot->plottable(i)->name());
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                add("item text", text->text());
    }
}

void collectAction(QAction *action, const QString &where, QList<Seen> &seen)
{
    const QString name = QStringLiteral("%1 action \"%2\"").arg(where, action->objectName());
    for (const auto &[what, text] :
         {std::pair{"text", action->text()}, std::pair{"tool tip", action->toolTip()},
          std::pair{"status tip", action->statusTip()},
          std::pair{"what's this", action->whatsThis()}})
        if (!text.trimmed().isEmpty() && !action->isSeparator())
            seen << Seen{name + " " + what, text};
    if (QMenu *menu = action->menu()) {
        seen << Seen{name + " menu title", menu->title()};
        for (QAction *child : menu->actions())
            collectAction(child, where + " › " + plainText(menu->title()), seen);
    }
}

void collectAll(QWidget *top, QList<Seen> &seen)
{
    collectWidget(top, seen);
    for (QWidget *widget : top->findChildren<QWidget *>())
        collectWidget(widget, seen);
    for (QAction *action : top->findChildren<QAction *>())
        collectAction(action, QString::fromLatin1(top->metaObject()->className()), seen);
}

QString EnglishCheck::load(const QList<TsMessage> &messages)
{
    QSet<QString> english;
    QSet<QString> german;
    m_translationOf.clear();
    for (const TsMessage &m : messages) {
        english += wordsOf(m.source);
        german += wordsOf(m.translation);
        if (m.source != m.translation)
            m_translationOf.insert(plainText(m.source), plainText(m.translation));
    }
    m_englishOnly = english - german - sameInGerman() - namesOfTheCatalogue();
    // The words the check looks for are real English ones.
    for (const char *word : {"the", "function", "show", "derivative", "layers", "with"})
        if (!m_englishOnly.contains(QLatin1String(word)))
            return QStringLiteral("'%1' is not taken for English").arg(QLatin1String(word));
    return {};
}

QStringList EnglishCheck::englishIn(const QList<Seen> &seen) const
{
    QStringList english;
    for (const Seen &s : seen) {
        const QString text = plainText(s.text);
        QStringList words;
        for (const QString &word : wordsOf(text))
            if (m_englishOnly.contains(word)) words << word;
        words.sort();
        if (m_translationOf.contains(text))
            english << QStringLiteral("%1: \"%2\" is the English source").arg(s.where, text);
        else if (!words.isEmpty())
            english
                << QStringLiteral("%1: \"%2\" (English: %3)").arg(s.where, text, words.join(", "));
    }
    english.removeDuplicates();
    return english;
}

} // namespace testsupport
