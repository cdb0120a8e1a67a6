// The manual page against the program: every option that --help lists is an item of the man
// page's OPTIONS with the same value name, and every item there is an option --help lists, so
// the two cannot drift; the page names the program's version and, where groff is installed,
// renders without a warning.
#include "support/AppProcess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

// What the program prints, or nothing when it fails.
QString outputOf(const QStringList &arguments)
{
    const testsupport::AppRun run = testsupport::runApp(arguments);
    return run.exitCode == 0 ? run.out : QString();
}

QStringList manPageLines()
{
    QFile file(QStringLiteral(MANPAGE));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// A macro's arguments as roff splits them: by spaces, except inside "double quotes".
QStringList roffArguments(const QString &text)
{
    QStringList arguments;
    QString current;
    bool quoted = false, any = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c == QLatin1Char(' ') && !quoted) {
            if (any) arguments << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any) arguments << current;
    return arguments;
}

// One source line as the reader sees it, without fonts: ".BI \-\-csv " FILE"" is "--csv FILE".
QString plainText(const QString &line)
{
    QString text = line;
    static const QRegularExpression fontMacro(QStringLiteral(R"(^\.([BIR]{1,2})(?: (.*))?$)"));
    if (const auto m = fontMacro.match(line); m.hasMatch()) {
        // .B and .I join their arguments with spaces, the alternating .BR, .IR... with nothing.
        const QStringList arguments = roffArguments(m.captured(2));
        text = arguments.join(m.captured(1).size() == 1 ? QStringLiteral(" ") : QString());
    }
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    text.remove(font);
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    return text;
}

// The option column of --help, "--csv <FILE>", as the man page writes it: "--csv FILE".
QStringList helpOptions(const QString &help)
{
    QStringList options;
    static const QRegularExpression item(QStringLiteral(R"(^  (-\S.*?)(?:  |$))"));
    for (const QString &line : help.split(QLatin1Char('\n')))
        if (const auto m = item.match(line); m.hasMatch())
            options << m.captured(1).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    return options;
}

// The tag lines of the items (.TP) in the OPTIONS section.
QStringList manOptions(const QStringList &lines)
{
    QStringList options;
    bool inOptions = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1String(".SH ")))
            inOptions = lines[i] == QLatin1String(".SH OPTIONS");
        else if (inOptions && lines[i] == QLatin1String(".TP") && i + 1 < lines.size())
            options << plainText(lines[i + 1]);
    }
    return options;
}

QString section(const QStringList &lines, const QString &name)
{
    QString text;
    bool in = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(".SH ")))
            in = line == ".SH " + name;
        else if (in)
            text += plainText(line) + QLatin1Char(' ');
    }
    return text;
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryOptionOfHelp()
    {
        const QStringList help = helpOptions(outputOf({"--help"}));
        QVERIFY2(help.size() >= 20, qPrintable(help.join(QLatin1Char('\n'))));
        const QStringList man = manOptions(manPageLines());
        const QSet<QString> inHelp(help.begin(), help.end()), inMan(man.begin(), man.end());
        const QStringList missing = (inHelp - inMan).values(), stale = (inMan - inHelp).values();
        QVERIFY2(missing.isEmpty(), qPrintable("in --help, not an item of the man page's OPTIONS "
                                               "(or with another value name): " +
                                               missing.join(QStringLiteral(" | "))));
        QVERIFY2(stale.isEmpty(), qPrintable("in the man page's OPTIONS, not in --help: " +
                                             stale.join(QStringLiteral(" | "))));
        QCOMPARE(man.size(), inMan.size()); // each option once
    }

    void synopsisHasTheSceneArgument()
    {
        const QString usage = outputOf({"--help"}).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.endsWith(QLatin1String(" [SCENE]")), qPrintable(usage));
        QVERIFY(section(manPageLines(), QStringLiteral("SYNOPSIS")).contains("[SCENE]"));
    }

    void namesTheProgramVersion()
    {
        const QString version = outputOf({"--version"}).trimmed().section(QLatin1Char(' '), 1);
        QVERIFY(!version.isEmpty());
        const QStringList lines = manPageLines();
        const auto th = std::find_if(lines.begin(), lines.end(),
                                     [](const QString &l) { return l.startsWith(".TH "); });
        QVERIFY(th != lines.end());
        QVERIFY2(th->contains("\"Activation Explorer " + version + "\""), qPrintable(*th));
    }

    void rendersWithoutWarnings()
    {
        const QString groff = QStringLiteral(GROFF);
        if (groff.isEmpty()) QSKIP("groff is not installed (Debian: groff-base)");
        QProcess process;
        process.start(groff, {"-man", "-Tutf8", "-ww", "-z", QStringLiteral(MANPAGE)});
        QVERIFY(process.waitForFinished(60000));
        const QString warnings = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "test_manpage.moc"
