// The value table in the real window: View ▸ Value Table (Ctrl+T) shows x, f, f′, f″ of every
// plotted function at −2 … 2; typed x's (through the NumberField and in the x cells) add and
// change rows, bad text is refused with a message, rows go with Remove or Delete, cells follow
// parameter and overlay changes, and Copy / Ctrl+C give tab-separated text with a header whose
// numbers read back as the very doubles act::evaluate gives (called here, independently).
#include "MainWindow.h"
#include "NumberField.h"
#include "SceneModel.h"
#include "ValueTableDock.h"
#include "ValueTableModel.h"
#include "support/Events.h"
#include "support/Settings.h"
#include "support/Typing.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <cmath>

using act::FunctionId;

namespace {

double component(const act::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

} // namespace

class TestUiTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_table")); }
    void init();
    void cleanup() { m_window.reset(); }

    void menuActionShowsTheTable();
    void defaultRowsHoldTheCoresValues();
    void typedXAddsARow_data();
    void typedXAddsARow();
    void badTextIsRefused();
    void xCellsAreEditable();
    void rowsCanBeRemoved();
    void cellsFollowTheScene();
    void columnsShowTheirWholeText();
    void hiddenTableFitsWhenShown();
    void renamedFormulaRenamesItsColumns();
    void copyGivesTabSeparatedText();
    void ctrlCCopiesTheSelectedRows();

private:
    ValueTableDock *dock() const { return m_window->valueTable(); }
    ValueTableModel *table() const { return dock()->tableModel(); }
    SceneModel *model() const { return m_window->model(); }
    // Every cell against act::evaluate at its row's x, bit for bit.
    void verifyCells();
    // Every header and cell fits its column: nothing is elided.
    void verifyColumnsFit();

    std::unique_ptr<MainWindow> m_window;
};

void TestUiTable::init()
{
    testsupport::clearSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QAction *show = m_window->findChild<QAction *>("showValueTable");
    QVERIFY(show);
    if (!dock()->isVisible()) show->trigger();
    QVERIFY(dock()->isVisible());
}

void TestUiTable::verifyCells()
{
    QCOMPARE(table()->columnCount(), 1 + 3 * int(model()->plotted().size()));
    for (int row = 0; row < table()->rowCount(); ++row) {
        const double x = table()->index(row, 0).data(ValueTableModel::ValueRole).toDouble();
        QCOMPARE(x, table()->xs()[std::size_t(row)]);
        for (int column = 1; column < table()->columnCount(); ++column) {
            const FunctionId id = model()->plotted()[std::size_t((column - 1) / 3)].function();
            const double expected =
                component(act::evaluate(id, model()->parameters(id), x), (column - 1) % 3);
            const double cell =
                table()->index(row, column).data(ValueTableModel::ValueRole).toDouble();
            if (cell != expected)
                QFAIL(qPrintable(QString("row %1 column %2: %3, core %4")
                                     .arg(row)
                                     .arg(column)
                                     .arg(cell, 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)));
        }
    }
}

void TestUiTable::menuActionShowsTheTable()
{
    QAction *show = m_window->findChild<QAction *>("showValueTable");
    QCOMPARE(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
    QVERIFY(m_window->allActions().contains(show)); // so the shortcuts dialog lists it
    show->trigger();
    QVERIFY(!dock()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(dock()->isVisible());
    QVERIFY(dock()->xField()->hasFocus()); // ready to type an x
    QVERIFY(!dock()->view()->accessibleName().isEmpty());
}

void TestUiTable::defaultRowsHoldTheCoresValues()
{
    QCOMPARE(table()->xs(), (std::vector<double>{-2, -1, 0, 1, 2}));
    QCOMPARE(table()->rowCount(), 5);
    QCOMPARE(table()->headerData(0, Qt::Horizontal).toString(), QString("x"));
    QCOMPARE(table()->headerData(2, Qt::Horizontal).toString(), QString("GELU f′"));
    verifyCells();
    // A value against a closed form: GELU(1) = Φ(1) = ½·erfc(−1/√2).
    const double gelu1 = table()->index(3, 1).data(ValueTableModel::ValueRole).toDouble();
    QVERIFY(std::abs(gelu1 - 0.5 * std::erfc(-1 / std::sqrt(2.0))) < 1e-15);
    QCOMPARE(table()->index(0, 0).data().toString(), QString("−2")); // shown with a true minus
}

void TestUiTable::typedXAddsARow_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("row");
    QTest::newRow("half") << "0.5" << 0.5 << 3;
    QTest::newRow("exponent") << "1e-3" << 1e-3 << 3;
    QTest::newRow("negative, first") << "-7.25" << -7.25 << 0;
    QTest::newRow("beyond the last") << "12" << 12.0 << 5;
    QTest::newRow("shortest round trip") << "0.1" << 0.1 << 3;
}

void TestUiTable::typedXAddsARow()
{
    QFETCH(QString, typed);
    QFETCH(double, x);
    QFETCH(int, row);
    testsupport::typeInto(dock()->xField(), typed);
    QCOMPARE(table()->rowCount(), 6);
    QCOMPARE(table()->xs()[std::size_t(row)], x);
    QVERIFY(dock()->view()->selectionModel()->isRowSelected(row, {}));
    verifyCells();
    // The Add button does the same.
    dock()->xField()->setValue(-0.25);
    QTest::mouseClick(dock()->findChild<QPushButton *>("valueTableAdd"), Qt::LeftButton);
    QCOMPARE(table()->rowCount(), 7);
    verifyCells();
}

void TestUiTable::badTextIsRefused()
{
    auto *message = dock()->findChild<QLabel *>("valueTableMessage");
    QVERIFY(message && !message->isVisible());
    testsupport::typeInto(dock()->xField(), "abc");
    QCOMPARE(table()->rowCount(), 5);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains("abc"), qPrintable(message->text()));
    testsupport::typeInto(dock()->xField(), "4");
    QCOMPARE(table()->rowCount(), 6);
    QVERIFY(!message->isVisible());
    QVERIFY(!table()->setData(table()->index(0, 0), std::nan("")));
    QVERIFY(!table()->setData(table()->index(0, 1), 3.0)); // values are the core's, not typed
    QCOMPARE(table()->xs()[0], -2.0);
}

void TestUiTable::xCellsAreEditable()
{
    QTableView *view = dock()->view();
    view->setFocus();
    view->setCurrentIndex(table()->index(1, 0));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<NumberField *>();
    QVERIFY2(editor, "the x cell is edited with a NumberField");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, "2.5e-1");
    QTest::keyClick(editor, Qt::Key_Return);
    testsupport::deliverPostedEvents(); // the view commits an edit with a queued call
    QCOMPARE(table()->xs()[1], 0.25);
    verifyCells();
    QVERIFY(!(table()->flags(table()->index(1, 1)) & Qt::ItemIsEditable));
}

void TestUiTable::rowsCanBeRemoved()
{
    QTableView *view = dock()->view();
    view->selectRow(0);
    QTest::mouseClick(dock()->findChild<QPushButton *>("valueTableRemove"), Qt::LeftButton);
    QCOMPARE(table()->xs(), (std::vector<double>{-1, 0, 1, 2}));
    view->setFocus();
    view->selectRow(3);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(table()->xs(), (std::vector<double>{-1, 0, 1}));
    verifyCells();
}

void TestUiTable::cellsFollowTheScene()
{
    model()->setCurrent(FunctionId::LeakyRelu);
    verifyCells();
    QCOMPARE(model()->setParameter(FunctionId::LeakyRelu, 0, 0.3), std::nullopt);
    verifyCells();
    QCOMPARE(table()->index(0, 1).data(ValueTableModel::ValueRole).toDouble(), 0.3 * -2.0);
    model()->setOverlaid(FunctionId::Relu, true);
    model()->setOverlaid(FunctionId::Tanh, true);
    QCOMPARE(table()->columnCount(), 10);
    QCOMPARE(table()->headerData(7, Qt::Horizontal).toString(), QString("Tanh f"));
    verifyCells();
    QCOMPARE(table()->index(4, 7).data(ValueTableModel::ValueRole).toDouble(), std::tanh(2.0));
    model()->setOverlaid(FunctionId::Relu, false);
    QCOMPARE(table()->columnCount(), 7);
    verifyCells();
}

void TestUiTable::verifyColumnsFit()
{
    const QTableView *view = dock()->view();
    const QFontMetrics metrics(view->font());
    for (int column = 0; column < table()->columnCount(); ++column) {
        const int width = view->columnWidth(column);
        QStringList texts{table()->headerData(column, Qt::Horizontal).toString()};
        for (int row = 0; row < table()->rowCount(); ++row)
            texts << table()->index(row, column).data().toString();
        for (const QString &text : texts)
            if (metrics.horizontalAdvance(text) > width)
                QFAIL(qPrintable(QString("column %1 is %2 px, \"%3\" needs %4")
                                     .arg(column)
                                     .arg(width)
                                     .arg(text)
                                     .arg(metrics.horizontalAdvance(text))));
    }
}

void TestUiTable::columnsShowTheirWholeText()
{
    model()->setCurrent(FunctionId::LeakyRelu);
    QCOMPARE(model()->setParameter(FunctionId::LeakyRelu, 0, 0.5), std::nullopt);
    verifyColumnsFit();
    const int narrow = dock()->view()->columnWidth(1);
    // Longer numbers as a drag goes on: the column grows with them.
    QCOMPARE(model()->setParameter(FunctionId::LeakyRelu, 0, 0.123456789), std::nullopt);
    verifyColumnsFit();
    QVERIFY(dock()->view()->columnWidth(1) > narrow);
    model()->setOverlaid(FunctionId::Gelu, true);
    verifyColumnsFit();
}

void TestUiTable::hiddenTableFitsWhenShown()
{
    model()->setCurrent(FunctionId::LeakyRelu);
    QCOMPARE(model()->setParameter(FunctionId::LeakyRelu, 0, 0.5), std::nullopt);
    const int narrow = dock()->view()->columnWidth(1);
    dock()->hide();
    // Hidden, a drag's longer numbers are not measured: the column keeps its width ...
    QCOMPARE(model()->setParameter(FunctionId::LeakyRelu, 0, 0.123456789), std::nullopt);
    model()->setOverlaid(FunctionId::Gelu, true);
    QCOMPARE(dock()->view()->columnWidth(1), narrow);
    // ... and fits them as soon as the table shows again.
    dock()->show();
    QVERIFY(dock()->isVisible());
    QVERIFY(dock()->view()->columnWidth(1) > narrow);
    verifyColumnsFit();
    verifyCells();
}

void TestUiTable::renamedFormulaRenamesItsColumns()
{
    const auto added =
        model()->addFormula(QStringLiteral("mine"), QStringLiteral("x*sigmoid(b*x)"));
    QVERIFY(std::holds_alternative<CurveId>(added));
    const int key = std::get<CurveId>(added).formulaKey();
    QCOMPARE(table()->headerData(1, Qt::Horizontal).toString(), QString("mine f"));
    const QString longName = QStringLiteral("a much longer name for the same formula");
    QCOMPARE(model()->editFormula(key, longName, QStringLiteral("x*sigmoid(b*x)")), std::nullopt);
    QCOMPARE(table()->headerData(1, Qt::Horizontal).toString(), longName + QStringLiteral(" f"));
    QCOMPARE(table()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             dock()->view()->model()->headerData(1, Qt::Horizontal).toString());
    verifyColumnsFit();
    // A new expression: new values in its columns. x*sigmoid(2x) at x = 2 (row 4).
    QCOMPARE(model()->editFormula(key, longName, QStringLiteral("x*sigmoid(2*x)")), std::nullopt);
    const double cell = table()->index(4, 1).data(ValueTableModel::ValueRole).toDouble();
    QVERIFY(std::abs(cell - 2.0 / (1.0 + std::exp(-4.0))) < 1e-15);
    verifyColumnsFit();
}

void TestUiTable::copyGivesTabSeparatedText()
{
    model()->setOverlaid(FunctionId::Relu, true);
    QApplication::clipboard()->clear();
    QTest::mouseClick(dock()->findChild<QPushButton *>("valueTableCopy"), Qt::LeftButton);
    const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QString("x\tgelu\tgelu'\tgelu''\trelu\trelu'\trelu''"));
    for (int row = 1; row < lines.size(); ++row) {
        const QStringList cells = lines[row].split('\t');
        QCOMPARE(cells.size(), 7);
        const double x = cells[0].toDouble();
        QCOMPARE(x, double(row - 3));
        for (int column = 1; column < 7; ++column) {
            const FunctionId id = column <= 3 ? FunctionId::Gelu : FunctionId::Relu;
            const double expected = component(act::evaluate(id, {}, x), (column - 1) % 3);
            bool ok = false;
            QCOMPARE(cells[column].toDouble(&ok), expected); // 17 digits: the same double
            QVERIFY(ok);
        }
    }
    // 17 significant digits, as the CSV export writes them.
    const double gelu1 = act::evaluate(FunctionId::Gelu, {}, 1.0).f;
    QCOMPARE(lines[4].split('\t')[1], QString::number(gelu1, 'g', 17));
    QCOMPARE(lines[4].split('\t')[1].size(), 19); // "0." and 17 digits
}

void TestUiTable::ctrlCCopiesTheSelectedRows()
{
    QTableView *view = dock()->view();
    view->setFocus();
    view->selectRow(1);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("x\tgelu\t"));
    QVERIFY(lines[1].startsWith("-1\t"));
    view->clearSelection();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().count('\n'), 6); // nothing selected: all rows
}

QTEST_MAIN(TestUiTable)
#include "test_ui_table.moc"
