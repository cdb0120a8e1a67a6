// The German translation: complete and current (every text lupdate finds in the sources is in
// translations/activation-explorer_de.ts, translated), embedded and loaded for the desktop's
// language, and with it installed no text the window, its menus, docks and dialogs show is
// left in English.
#include "AboutDialog.h"
#include "CatalogueText.h"
#include "ExportDialog.h"
#include "FormulaDialog.h"
#include "FormulaView.h"
#include "MainWindow.h"
#include "NetworkDock.h"
#include "ParameterPanel.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "Translations.h"
#include "ValueTableDock.h"
#include "support/Settings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <qcustomplot.h>

namespace {

// One message of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString translation;
    bool finished = true; // no type="unfinished", "vanished" or "obsolete"
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, true};
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

QString tsPath()
{
    return QStringLiteral(ACTIVATION_SOURCE_DIR "/translations/activation-explorer_de.ts");
}

// What a reader sees of a text: no markup, no mnemonic ampersands, no tab-separated shortcut.
QString plain(QString text)
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
    const QString read = plain(text).remove(QStringLiteral("GPL-3.0-or-later"));
    for (auto it = word.globalMatch(read); it.hasNext();)
        words << it.next().captured().toLower();
    return words;
}

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

struct Seen
{
    QString where;
    QString text;
};

// Every text a widget shows or tells assistive technology, with where it is.
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
    if (widget->isWindow()) add("window title", widget->windowTitle());
    if (auto *label = qobject_cast<QLabel *>(widget)) add("text", label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) add("text", button->text());
    if (auto *group = qobject_cast<QGroupBox *>(widget)) add("title", group->title());
    if (auto *dock = qobject_cast<QDockWidget *>(widget)) add("title", dock->windowTitle());
    if (auto *menu = qobject_cast<QMenu *>(widget)) add("title", menu->title());
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) add("placeholder", edit->placeholderText());
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
            collectAction(child, where + " › " + plain(menu->title()), seen);
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

} // namespace

class TestUiTranslation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { translations::remove(); }
    void init() { testsupport::clearSettings(); }

    void tsFileIsComplete();
    void tsFileIsCurrent();
    void desktopLanguage();
    void germanIsEmbeddedWithQtsOwn();
    void checkFindsEnglish();
    void windowHasNoEnglishLeft();
    void dialogsHaveNoEnglishLeft();
    void catalogueTextsAreTranslated();
    void undoTextsAreGerman();
    void refusedSceneIsGerman_data();
    void refusedSceneIsGerman();
    void formulaErrorIsGerman_data();
    void formulaErrorIsGerman();
    void numbersKeepTheDecimalPoint();

private:
    // Every text that is still English, with where it is.
    QStringList englishIn(const QList<Seen> &seen) const;
    // Fails naming them.
    void checkGerman(const QList<Seen> &seen, qsizetype atLeast = 20);

    QList<Message> m_messages;
    QSet<QString> m_englishOnly;             // words of the sources that no German text uses
    QHash<QString, QString> m_translationOf; // plain source text -> plain translation
};

void TestUiTranslation::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_translation"));
    // Every test function but desktopLanguage() sees the window in German.
    QVERIFY(!translations::install(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    QString error;
    m_messages = readTs(tsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 300);
    QSet<QString> english;
    QSet<QString> german;
    for (const Message &m : std::as_const(m_messages)) {
        english += wordsOf(m.source);
        german += wordsOf(m.translation);
        if (m.source != m.translation)
            m_translationOf.insert(plain(m.source), plain(m.translation));
    }
    m_englishOnly = english - german - sameInGerman() - namesOfTheCatalogue();
    // The words the check looks for are real English ones.
    for (const char *word : {"the", "function", "show", "derivative", "layers", "with"})
        QVERIFY2(m_englishOnly.contains(QLatin1String(word)), word);
}

void TestUiTranslation::tsFileIsComplete()
{
    QStringList unfinished;
    for (const Message &m : std::as_const(m_messages)) {
        if (!m.finished || m.translation.isEmpty())
            unfinished << QStringLiteral("[%1] %2").arg(m.context, m.source);
        // Placeholders survive translation: a lost %2 would drop a value from the window.
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        QStringList inSource, inTranslation;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            inSource << it.next().captured();
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            inTranslation << it.next().captured();
        inSource.sort();
        inTranslation.sort();
        if (inSource != inTranslation)
            unfinished << QStringLiteral("[%1] %2: placeholders %3 became %4")
                              .arg(m.context, m.source, inSource.join(','),
                                   inTranslation.join(','));
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable("not translated:\n" + unfinished.join('\n')));
}

void TestUiTranslation::tsFileIsCurrent()
{
    // lupdate as `update_translations` runs it, into a copy: the copy gains what the sources
    // have and the file lacks (unfinished), and loses what the file has and they no longer do.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("activation-explorer_de.ts"));
    QVERIFY(QFile::copy(tsPath(), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ACTIVATION_SOURCE_DIR));
    const QStringList arguments = QStringLiteral(ACTIVATION_LUPDATE_ARGUMENTS).split('|');
    lupdate.start(QStringLiteral(ACTIVATION_LUPDATE), QStringList{arguments} << "-ts" << copy);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto keys = [](const QList<Message> &messages) {
        QSet<QString> set;
        for (const Message &m : messages)
            set << m.context + " | " + m.source;
        return set;
    };
    const QSet<QString> committed = keys(m_messages);
    const QSet<QString> found = keys(updated);
    QStringList problems;
    for (const QString &key : found - committed)
        problems << "new in the sources: " + key;
    for (const QString &key : committed - found)
        problems << "gone from the sources: " + key;
    problems.sort();
    QVERIFY2(problems.isEmpty(),
             qPrintable("run `cmake --build build --target update_translations` and translate:\n" +
                        problems.join('\n')));
}

void TestUiTranslation::desktopLanguage()
{
    // CTest runs this twice: with LC_ALL=C (English, nothing to load) and with LANGUAGE=de and
    // LANG=de_DE.UTF-8 (test_ui_translation_desktop_de), as a German desktop starts the app.
    const QString expected = qEnvironmentVariable("ACTIVATION_EXPECT_LANGUAGE", "en");
    const QStringList loaded = translations::install();
    if (expected == QLatin1String("en")) {
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded.join(' ')));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    } else {
        QVERIFY2(!loaded.isEmpty(), qPrintable(QLocale::system().uiLanguages().join(' ')));
        QVERIFY(loaded.front().startsWith(":/i18n/activation-explorer_" + expected));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    }
    translations::install(QLocale(QLocale::German, QLocale::Germany)); // for the others
}

void TestUiTranslation::germanIsEmbeddedWithQtsOwn()
{
    QVERIFY(QFile::exists(":/i18n/activation-explorer_de.qm"));
    const QStringList loaded = translations::install(QLocale(QLocale::German, QLocale::Austria));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded[0], QStringLiteral(":/i18n/activation-explorer_de.qm"));
    QVERIFY2(loaded[1].endsWith("qtbase_de.qm"), qPrintable(loaded[1]));
    // Qt's own dialogs and buttons.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_S).toString(QKeySequence::NativeText),
             QStringLiteral("Strg+S"));
    // A language without a translation keeps the source language, Qt's too.
    QVERIFY(translations::install(QLocale(QLocale::Japanese)).isEmpty());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    translations::install(QLocale(QLocale::German, QLocale::Germany));
}

QStringList TestUiTranslation::englishIn(const QList<Seen> &seen) const
{
    QStringList english;
    for (const Seen &s : seen) {
        const QString text = plain(s.text);
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

void TestUiTranslation::checkGerman(const QList<Seen> &seen, qsizetype atLeast)
{
    QVERIFY(seen.size() >= atLeast); // the walk found what there is to check
    const QStringList english = englishIn(seen);
    QVERIFY2(english.isEmpty(), qPrintable("left in English:\n" + english.join('\n')));
}

void TestUiTranslation::checkFindsEnglish()
{
    // The check itself: without the translation, the window is English, and it says so.
    translations::remove();
    QList<Seen> seen;
    {
        MainWindow window;
        collectAll(&window, seen);
    }
    translations::install(QLocale(QLocale::German, QLocale::Germany));
    const QStringList english = englishIn(seen);
    QVERIFY2(english.size() > 100, qPrintable(QString::number(english.size())));
    QVERIFY(english.contains(QStringLiteral("MainWindow action \"exportFigure\" text: "
                                            "\"Export Figure…\" is the English source")));
}

void TestUiTranslation::windowHasNoEnglishLeft()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Everything that can be on screen at once: both docks, an overlay, derivatives, a
    // comparison, the softmax applied through the function.
    window.networkDock()->setVisible(true);
    window.valueTable()->setVisible(true);
    SceneModel *model = window.model();
    model->setCurrent(act::FunctionId::Gelu);
    model->setOverlaid(CurveId(act::FunctionId::Relu), true);
    model->setOverlaid(CurveId(act::FunctionId::GeluTanh), true);
    model->setOrderShown(1, true);
    model->setOrderShown(2, true);
    QVERIFY(!model->setComparison(CurveId(act::FunctionId::GeluTanh)));
    model->setApplyActivation(true);
    QList<Seen> seen;
    collectAll(&window, seen);
    for (QAction *action : window.menuBar()->actions())
        collectAction(action, "menu", seen);
    checkGerman(seen);
    // Each function's own texts: formulas, parameters and summary.
    for (const act::FunctionSpec &spec : act::functions()) {
        model->setCurrent(spec.id);
        QList<Seen> one;
        collectAll(window.formulaView(), one);
        collectAll(window.parameterPanel(), one);
        for (Seen &s : one)
            s.where.prepend(QString::fromUtf8(spec.name) + ": ");
        checkGerman(one, 3);
    }
}

void TestUiTranslation::dialogsHaveNoEnglishLeft()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<Seen> seen;
    {
        AboutDialog about(&window);
        collectAll(&about, seen);
    }
    {
        ExportDialog exportDialog(&window);
        collectAll(&exportDialog, seen);
    }
    {
        FormulaDialog formula(window.model(), 0, &window);
        collectAll(&formula, seen);
        formula.expressionField()->setText(QStringLiteral("x*sigmoid(b*x)"));
        collectAll(&formula, seen); // with its parameters listed
    }
    {
        ShortcutsDialog shortcuts(window.findChildren<QAction *>(), &window);
        collectAll(&shortcuts, seen);
    }
    checkGerman(seen);
}

void TestUiTranslation::catalogueTextsAreTranslated()
{
    // Every text the catalogue marks has a German form: a summary left out of the .ts, or one
    // changed in core/catalogue.cpp without lupdate, would show in English.
    QStringList english;
    const auto check = [&](const QString &text, const QString &where) {
        if (m_translationOf.contains(plain(text)) || !(wordsOf(text) & m_englishOnly).isEmpty())
            english << where + ": " + text;
    };
    for (const act::FunctionSpec &spec : act::functions()) {
        const QString name = QString::fromUtf8(spec.name);
        check(cataloguetext::summary(spec.id), name + " summary");
        check(cataloguetext::familyTitle(spec.family), name + " family");
        check(cataloguetext::displayName(spec.id), name + " name");
        for (const act::ParameterSpec &p : spec.parameters)
            check(cataloguetext::description(p), name + " " + QString::fromUtf8(p.key));
    }
    QVERIFY2(english.isEmpty(), qPrintable("left in English:\n" + english.join('\n')));
    QCOMPARE(cataloguetext::displayName(act::FunctionId::GeluTanh),
             QStringLiteral("GELU (tanh-Näherung)"));
}

void TestUiTranslation::undoTextsAreGerman()
{
    MainWindow window;
    window.model()->setCurrent(act::FunctionId::Elu);
    QUndoStack *stack = window.undoStack();
    QVERIFY(stack->canUndo());
    QCOMPARE(stack->undoText(), QStringLiteral("ELU zeigen"));
    // Qt's own prefix of the Undo action's text.
    QUndoStack own;
    const QString undo = own.createUndoAction(&own)->text();
    QVERIFY2(plain(undo).startsWith(QStringLiteral("Rückgängig")), qPrintable(undo));
}

void TestUiTranslation::refusedSceneIsGerman_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the German message
    const QByteArray head = R"({"format": "activation-explorer-scene", "version": 2, )";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ")
                              << QStringLiteral("kein gültiges JSON");
    QTest::newRow("another format")
        << QByteArray(R"({"format": "xyz", "version": 1, "current": "relu"})")
        << QStringLiteral("keine Activation-Explorer-Szene");
    QTest::newRow("misspelt function")
        << head + R"("current": "sigmod"})" << QStringLiteral("meinten Sie „sigmoid“?");
    QTest::newRow("parameter out of its domain")
        << head + R"("current": "softplus", "functions": {"softplus": {"beta": -1}}})"
        << QStringLiteral("muss > 0 sein, erhalten: -1");
    QTest::newRow("formula parse error")
        << head + R"("current": {"formula": 1}, "formulas": [{"key": 1, "name": "f", )"
                  R"j("expression": "x*sigmod(x)"}]})j"
        << QStringLiteral("unbekannter Name 'sigmod' in Spalte 3 — meinten Sie sigmoid?");
    QTest::newRow("unknown field") << head + R"("current": "relu", "colour": 1})"
                                   << QStringLiteral("colour: unbekanntes Feld");
}

void TestUiTranslation::refusedSceneIsGerman()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.actscene"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The message box is modal: read and close it from inside its event loop.
    QString shown;
    QList<Seen> seen;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) return;
        shown = box->text();
        collectAll(box, seen);
        box->accept();
    });
    window.openSceneAndReport(path);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.startsWith(QStringLiteral("Die Szene wurde nicht geöffnet")), qPrintable(shown));
    // The file's name, the field's path ("formulas[0].expression: ") and the format's name
    // are names, not English.
    static const QRegularExpression names(
        QStringLiteral("refused\\.actscene: ([a-z_]+(\\[\\d+\\])?(\\.[a-z_]+)*: )?|"
                       "activation-explorer-scene"));
    for (Seen &s : seen)
        s.text.remove(names);
    checkGerman(seen, 2);
}

void TestUiTranslation::formulaErrorIsGerman_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("cursor"); // where OK puts the cursor
    QTest::newRow("unknown name, leading spaces")
        << QStringLiteral("  x*sigmod(x)")
        << QStringLiteral("unbekannter Name 'sigmod' in Spalte 3 — meinten Sie sigmoid?") << 4;
    QTest::newRow("unmatched parenthesis")
        << QStringLiteral("(x+1") << QStringLiteral("')' zu dieser '(' fehlt, in Spalte 1") << 0;
    QTest::newRow("wrong argument count")
        << QStringLiteral("tanh(x, 2)")
        << QStringLiteral("tanh nimmt 1 Argument, erhalten: 2, in Spalte 5") << 4;
    QTest::newRow("a non-BMP character counts once")
        << QStringLiteral("x + \U0001D465 + y")
        << QStringLiteral("Zahl, x, Name oder '(' erwartet, gefunden: '\U0001D465' in Spalte 5")
        << 4;
}

void TestUiTranslation::formulaErrorIsGerman()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(int, cursor);
    MainWindow window;
    FormulaDialog dialog(window.model(), 0, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.expressionField()->setText(expression);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("formulaMessage"));
    QVERIFY(label);
    QCOMPARE(label->text(), message);
    QList<Seen> seen;
    collectAll(&dialog, seen);
    checkGerman(seen, 5);
    // OK refuses it too and puts the cursor at the column the parser named.
    dialog.expressionField()->setCursorPosition(expression.size());
    static_cast<QDialog &>(dialog).accept(); // as Return would
    QVERIFY(dialog.isVisible());
    QCOMPARE(label->text(), message);
    QCOMPARE(dialog.expressionField()->cursorPosition(), cursor);
}

void TestUiTranslation::numbersKeepTheDecimalPoint()
{
    // A German desktop's locale (LC_NUMERIC) writes 0,5; the window writes numbers as they are
    // typed and as the command line takes them, tick labels included.
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        MainWindow window;
        window.networkDock()->setVisible(true);
        const QList<QCustomPlot *> plots = window.findChildren<QCustomPlot *>();
        QVERIFY(plots.size() >= 6);
        for (QCustomPlot *plot : plots) {
            QCOMPARE(plot->locale().decimalPoint(), QStringLiteral("."));
            plot->yAxis->setRange(0, 1); // ticks at 0.2 or 0.25 steps
            plot->replot();
            const QList<QString> labels = plot->yAxis->tickVectorLabels();
            QVERIFY(!labels.isEmpty());
            for (const QString &label : labels)
                QVERIFY2(!label.contains(QLatin1Char(',')),
                         qPrintable(plot->objectName() + ": " + label));
        }
    }
    QLocale::setDefault(saved);
}

QTEST_MAIN(TestUiTranslation)
#include "test_ui_translation.moc"
