// The export dialog's presets, automatic resolution and live preview: a preset fills in size,
// unit, resolution and scale, an edit turns it back to Custom, and the preview is the figure
// itself, drawn small at its true aspect ratio and drawn again when the size changes.
#include "ExportDialog.h"
#include "FigurePreset.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "support/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

class TestUiExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_export_dialog")); }
    void init() { testsupport::clearSettings(); }

    void presetFillsTheFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("scale");
        QTest::newRow("column") << "column" << QSizeF(85, 60) << int(SizeUnit::Millimetres)
                                << kAutoDpi << 1.0;
        QTest::newRow("double") << "double" << QSizeF(170, 105) << int(SizeUnit::Millimetres)
                                << kAutoDpi << 1.0;
        QTest::newRow("slide") << "slide" << QSizeF(1920, 1080) << int(SizeUnit::Pixels) << 192.0
                               << 2.0;
    }
    void presetFillsTheFields()
    {
        QFETCH(QString, key);
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        QFETCH(double, dpi);
        QFETCH(double, scale);
        ExportDialog dialog;
        auto *preset = dialog.findChild<QComboBox *>("exportPreset");
        QVERIFY(preset);
        QVERIFY(!preset->accessibleName().isEmpty());
        QTest::keyClick(preset, Qt::Key_Home); // Custom
        const int index = preset->findData(key);
        QVERIFY(index > 0);
        preset->setCurrentIndex(index);
        emit preset->activated(index);
        const FigureOptions o = dialog.options();
        QCOMPARE(o.size, size);
        QCOMPARE(int(o.unit), unit);
        QCOMPARE(o.dpi, dpi);
        QCOMPARE(o.scale, scale);
        // Any edit of the size makes it a custom figure.
        auto *width = dialog.findChildren<QDoubleSpinBox *>().front();
        width->setValue(width->value() + 1);
        QCOMPARE(preset->currentData().toString(), QString());
        // And setting a preset's values by hand names the preset.
        dialog.setOptions(FigurePreset::find(key)->applyTo(dialog.options()));
        QCOMPARE(preset->currentData().toString(), key);
    }

    void automaticResolutionKeepsTheFigureAcrossUnits()
    {
        ExportDialog dialog;
        FigureOptions options;
        options.size = QSizeF(1600, 1000);
        options.dpi = kAutoDpi;
        dialog.setOptions(options);
        auto *automatic = dialog.findChild<QCheckBox *>("exportAutoDpi");
        QVERIFY(automatic && automatic->isChecked());
        QCOMPARE(dialog.options().dpi, kAutoDpi);
        // 1600 px automatically is 170 mm wide: in mm it stays that figure, at that resolution.
        auto *unit = dialog.findChild<QComboBox *>("exportUnit");
        unit->setCurrentIndex(unit->findData(int(SizeUnit::Millimetres)));
        QCOMPARE(dialog.options().size, QSizeF(170.0, 106.3));
        QVERIFY(!automatic->isChecked());
        QVERIFY(std::abs(dialog.options().dpi - 239.1) < 0.06);
    }

    void previewHasTheFiguresAspectRatio_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::newRow("single column") << QSizeF(85, 60) << int(SizeUnit::Millimetres);
        QTest::newRow("slide") << QSizeF(1920, 1080) << int(SizeUnit::Pixels);
        QTest::newRow("wide strip") << QSizeF(1600, 400) << int(SizeUnit::Pixels);
        QTest::newRow("tall") << QSizeF(3, 5) << int(SizeUnit::Inches);
    }
    void previewHasTheFiguresAspectRatio()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        SceneModel model;
        PlotView plot(&model);
        ExportDialog dialog;
        dialog.setPath(QStringLiteral("/tmp/unused.pdf"));
        dialog.setPreviewSource(FigureExporter(&plot));
        FigureOptions options;
        options.size = size;
        options.unit = SizeUnit(unit);
        dialog.setOptions(options);
        QTRY_VERIFY(!dialog.previewImage().isNull());
        const QImage preview = dialog.previewImage();
        const double aspect = size.width() / size.height();
        QVERIFY2(std::abs(double(preview.width()) / preview.height() - aspect) < 0.02 * aspect,
                 qPrintable(QString("%1 x %2").arg(preview.width()).arg(preview.height())));
        QVERIFY(preview.width() <= 360 && preview.height() <= 260);
        QVERIFY(preview.width() >= 150 || preview.height() >= 200);
        auto *label = dialog.findChild<QLabel *>("exportPreview");
        QVERIFY(label && !label->accessibleName().isEmpty());
        QCOMPARE(label->pixmap().size(), preview.size());
        // Another size draws it again.
        options.size = QSizeF(size.width(), size.height() * 2);
        dialog.setOptions(options);
        QTRY_VERIFY(
            std::abs(double(dialog.previewImage().width()) / dialog.previewImage().height() -
                     aspect / 2) < 0.02 * aspect);
    }
};

QTEST_MAIN(TestUiExportDialog)
#include "test_ui_export_dialog.moc"
