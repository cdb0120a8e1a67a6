// The German translation file and its loading: complete and current (every text lupdate finds
// in the sources is in translations/activation-explorer_de.ts, translated), embedded and loaded
// for the desktop's language with Qt's own, and every catalogue text has its German form.
// test_ui_german checks that with it installed the window shows no English.
#include "CatalogueText.h"
#include "MainWindow.h"
#include "NetworkDock.h"
#include "Translations.h"
#include "support/Settings.h"
#include "support/VisibleTexts.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using testsupport::TsMessage;

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
    void catalogueTextsAreTranslated();
    void numbersKeepTheDecimalPoint();

private:
    QList<TsMessage> m_messages;
    testsupport::EnglishCheck m_english;
};

void TestUiTranslation::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_translation"));
    // Every test function but desktopLanguage() sees the window in German.
    QVERIFY(!translations::install(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    QString error;
    m_messages = testsupport::readTs(testsupport::germanTsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 300);
    error = m_english.load(m_messages);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUiTranslation::tsFileIsComplete()
{
    QStringList unfinished;
    for (const TsMessage &m : std::as_const(m_messages)) {
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
    QVERIFY(QFile::copy(testsupport::germanTsPath(), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ACTIVATION_SOURCE_DIR));
    const QStringList arguments = QStringLiteral(ACTIVATION_LUPDATE_ARGUMENTS).split('|');
    lupdate.start(QStringLiteral(ACTIVATION_LUPDATE), QStringList{arguments} << "-ts" << copy);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<TsMessage> updated = testsupport::readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto keys = [](const QList<TsMessage> &messages) {
        QSet<QString> set;
        for (const TsMessage &m : messages)
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

void TestUiTranslation::catalogueTextsAreTranslated()
{
    // Every text the catalogue marks has a German form: a summary left out of the .ts, or one
    // changed in core/catalogue.cpp without lupdate, would show in English.
    QStringList english;
    const auto check = [&](const QString &text, const QString &where) {
        if (!m_english.englishIn({{where, text}}).isEmpty()) english << where + ": " + text;
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
