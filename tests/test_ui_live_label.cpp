// LiveLabel, the rich text of a drag's every frame (the formula's values, the softmax readouts):
// whatever it was given before, it shows what a label given only its last text shows.
#include "LiveLabel.h"

#include <QAbstractEventDispatcher>
#include <QBackingStore>
#include <QImage>
#include <QTest>

#include <array>

namespace {

QImage drawn(LiveLabel &label)
{
    label.resize(300, label.sizeHint().height());
    QImage image(label.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    label.render(&image);
    return image;
}

QImage drawnAlone(const QString &html)
{
    LiveLabel fresh(2);
    fresh.setText(html);
    return drawn(fresh);
}

// What the screen shows of a top-level widget: its backing store as the paint events left it
// (the offscreen platform's is an image).
QImage onScreen(QWidget &window)
{
    QPaintDevice *device = window.backingStore()->paintDevice();
    if (device->devType() != QInternal::Image) return {};
    return static_cast<QImage *>(device)->copy().convertToFormat(QImage::Format_RGB32);
}

void settle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    for (int i = 0; i < 100 && dispatcher->processEvents(QEventLoop::AllEvents); ++i) {
    }
}

// A label on its own window, `width` wide, given only `html`, as the screen shows it.
QImage onScreenAlone(const QString &html, int width)
{
    LiveLabel fresh(2);
    fresh.resize(width, fresh.sizeHint().height());
    fresh.setText(html);
    fresh.show();
    if (!QTest::qWaitForWindowExposed(&fresh)) return {};
    settle();
    return onScreen(fresh);
}

} // namespace

class TestUiLiveLabel : public QObject
{
    Q_OBJECT

private slots:
    void findsTheNumbers_data();
    void findsTheNumbers();
    void showsItsLastText();
    void replacedNumbersShowWhatParsingShows_data();
    void replacedNumbersShowWhatParsingShows();
    void repaintsAllThatChanged_data();
    void repaintsAllThatChanged();
};

void TestUiLiveLabel::findsTheNumbers_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QStringList>("runs");
    const QString n(QChar(0x1f));
    QTest::newRow("plain") << "α = 0.25, β = -1e-05"
                           << "α = " + n + ", β = " + n << QStringList{"0.25", "-1e-05"};
    QTest::newRow("tags and entities hold none")
        << "<span style='color:#b00020'>x2</span>&nbsp;&#49;7"
        << "<span style='color:#b00020'>x" + n + "</span>&nbsp;&#49;" + n << QStringList{"2", "7"};
    QTest::newRow("letters of the set without a digit") << "the e-mail, 3e8"
                                                        << "the e-mail, " + n << QStringList{"3e8"};
    QTest::newRow("none") << "<b>Refining</b> …"
                          << "<b>Refining</b> …" << QStringList{};
}

void TestUiLiveLabel::findsTheNumbers()
{
    QFETCH(QString, html);
    QFETCH(QString, shape);
    QFETCH(QStringList, runs);
    const LiveLabel::Numbers numbers = LiveLabel::numbersOf(html);
    QCOMPARE(numbers.shape, shape);
    QCOMPARE(QStringList(numbers.runs.begin(), numbers.runs.end()), runs);
}

// It keeps the text before the last one laid out, for a status that comes and goes: going back
// to it, or on to a third, shows what a label given only that text shows.
void TestUiLiveLabel::showsItsLastText()
{
    const QString texts[3] = {QStringLiteral("Refining <i>typed</i>…"), QString(),
                              QStringLiteral("Refining <b>logistic</b>…")};
    std::array<QImage, 3> alone;
    for (int i = 0; i < 3; ++i)
        alone[std::size_t(i)] = drawnAlone(texts[i]);
    QVERIFY(alone[0] != alone[1] && alone[0] != alone[2]);
    LiveLabel label(2);
    for (const int i : {0, 1, 0, 1, 2, 0, 2, 2, 1}) {
        label.setText(texts[i]);
        QCOMPARE(label.text(), texts[i]);
        QVERIFY2(drawn(label) == alone[std::size_t(i)], qPrintable(texts[i]));
    }
}

// A sequence of texts, each shown in turn by one label; after each it looks as a label given
// only that text does. Consecutive texts differing only in their numbers have them replaced.
void TestUiLiveLabel::replacedNumbersShowWhatParsingShows_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("a value") << QStringList{"α = 0.25", "α = 0.3", "α = -12.75", "α = 0.3"};
    QTest::newRow("several, longer and shorter") << QStringList{
        "<b>ELU</b> &nbsp; with α = 0.25, β = 1", "<b>ELU</b> &nbsp; with α = -1e-05, β = 12.5",
        "<b>ELU</b> &nbsp; with α = 3, β = 12.5", "<b>ELU</b> &nbsp; with α = 3, β = 0"};
    QTest::newRow("numbers in their own formats")
        << QStringList{"<span style='color:gray'>10</span> and <b>7</b> <i>8</i>",
                       "<span style='color:gray'>123456</span> and <b>9</b> <i>1000</i>",
                       "<span style='color:gray'>1</span> and <b>22</b> <i>3</i>"};
    QTest::newRow("numbers merged in the document") // always parsed
        << QStringList{"<b>7</b><i>8</i>", "<b>9</b><i>1000</i>", "<b>22</b><i>3</i>"};
    QTest::newRow("two paragraphs and a line break")
        << QStringList{"<p>1 a<br>2 b</p><p>3</p>", "<p>100 a<br>2 b</p><p>44</p>",
                       "<p>-5 a<br>6e7 b</p><p>8</p>"};
    QTest::newRow("a digit written as an entity")
        << QStringList{"&#49;2 and 3", "&#49;5 and 4", "&#50;5 and 4"};
    QTest::newRow("the shape changes") << QStringList{"α = 1", "β = 1", "β = 2", "α = 2", "α = 3"};
    QTest::newRow("numbers come and go")
        << QStringList{"t = 1", "t = 1 (faint)", "t = 2 (faint)", "t = 3", "t = 4 (faint)"};
}

void TestUiLiveLabel::replacedNumbersShowWhatParsingShows()
{
    QFETCH(QStringList, texts);
    LiveLabel label(2);
    for (const QString &text : texts) {
        label.setText(text);
        QCOMPARE(label.text(), text);
        QVERIFY2(drawn(label) == drawnAlone(text), qPrintable(text));
    }
}

// On screen: a new text repaints only from its first changed number on (what comes before it
// stays where it was), and the screen then shows what a label given only that text shows,
// also where the numbers' new widths move the rest of the line or wrap it differently.
void TestUiLiveLabel::repaintsAllThatChanged_data()
{
    replacedNumbersShowWhatParsingShows_data();
    const QStringList wrapping{
        "<b>ELU</b> &nbsp; with α = 0.25 and β = 1 over the range it was given",
        "<b>ELU</b> &nbsp; with α = -0.0012345 and β = 12.5 over the range it was given",
        "<b>ELU</b> &nbsp; with α = 3 and β = 12.5 over the range it was given"};
    QTest::newRow("the wrap moves") << wrapping;
    QTest::newRow("right-to-left")
        << QStringList{"<p dir='rtl'>שלום 1 עולם 2</p>", "<p dir='rtl'>שלום 123 עולם 2</p>"};
    QTest::newRow("centred") << QStringList{"<p align='center'>t = 1, u = 2</p>",
                                            "<p align='center'>t = 1, u = 2000</p>"};
}

void TestUiLiveLabel::repaintsAllThatChanged()
{
    QFETCH(QStringList, texts);
    // The wrapping row in a narrow label, the others in a wide one.
    const int width =
        QString(QTest::currentDataTag()) == QLatin1String("the wrap moves") ? 260 : 400;
    LiveLabel label(2);
    label.resize(width, label.sizeHint().height());
    label.setText(texts.first());
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    settle();
    for (const QString &text : texts) {
        label.setText(text);
        settle();
        QVERIFY2(onScreen(label) == onScreenAlone(text, width), qPrintable(text));
    }
}

QTEST_MAIN(TestUiLiveLabel)
#include "test_ui_live_label.moc"
