// See ExportDialog.h.
#include "ExportDialog.h"
#include "FigurePreset.h"
#include "NumberField.h"
#include "WidgetColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

const char *const kGroup = "export";
constexpr QSize kPreviewBox(360, 260);

// Any finite number may be typed; checkOptions() says what is wrong with it, beside the fields.
NumberField *numberField(double step)
{
    auto *field = new NumberField;
    field->setSingleStep(step);
    return field;
}

double unitsPerInch(SizeUnit unit, double dpi)
{
    switch (unit) {
    case SizeUnit::Pixels:
        return dpi;
    case SizeUnit::Millimetres:
        return 25.4;
    case SizeUnit::Inches:
        break;
    }
    return 1.0;
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit), m_format(new QLabel), m_width(numberField(10)),
      m_height(numberField(10)), m_preset(new QComboBox), m_unit(new QComboBox),
      m_dpi(numberField(1)), m_autoDpi(new QCheckBox(tr("Automatic"))), m_preview(new QLabel),
      m_previewTimer(new QTimer(this)), m_scale(numberField(0.25)), m_background(new QComboBox),
      m_content(new QComboBox), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName("exportDialog");
    setWindowTitle(tr("Export Figure"));
    m_path->setObjectName("exportPath");
    m_path->setMinimumWidth(320);
    m_path->setAccessibleName(tr("File"));
    m_path->setAccessibleDescription(
        tr("Where the figure goes; its extension (.png, .svg, .pdf or .csv) picks the format"));
    auto *browseButton = new QPushButton(tr("Browse…"));
    browseButton->setObjectName("exportBrowse");
    browseButton->setAccessibleDescription(tr("Choose the file in a file dialog"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_preset->setObjectName("exportPreset");
    m_preset->setAccessibleName(tr("Preset"));
    m_preset->setAccessibleDescription(tr("A figure size for a purpose; choosing one sets the "
                                          "size, resolution and scale"));
    m_preset->addItem(tr("Custom"), QString());
    for (const FigurePreset &preset : FigurePreset::all())
        m_preset->addItem(preset.label(), preset.key);
    m_unit->setObjectName("exportUnit");
    m_unit->setAccessibleName(tr("Size unit"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_dpi->setAccessibleName(tr("Resolution"));
    m_scale->setAccessibleName(tr("Scale"));
    m_unit->setAccessibleDescription(tr("Pixels, millimetres or inches; the size is converted"));
    m_width->setAccessibleDescription(tr("The figure's width in the chosen unit"));
    m_height->setAccessibleDescription(tr("The figure's height in the chosen unit"));
    m_dpi->setAccessibleDescription(tr("Dots per inch of a PNG"));
    m_scale->setAccessibleDescription(
        tr("How much larger than their print size texts and lines are drawn"));
    m_background->setAccessibleName(tr("Background"));
    m_background->setAccessibleDescription(tr("White, or transparent"));
    m_content->setAccessibleName(tr("Content"));
    m_content->setAccessibleDescription(tr("The plot, the softmax chart, or both"));
    m_format->setAccessibleName(tr("Format"));
    m_autoDpi->setObjectName("exportAutoDpi");
    m_autoDpi->setAccessibleName(tr("Automatic resolution"));
    m_autoDpi->setAccessibleDescription(
        tr("300 dpi for a size in mm or inches; for pixels, 170 mm wide"));
    m_autoDpi->setToolTip(tr("300 dpi for a size in mm or inches; for a size in pixels, the "
                             "resolution at which the figure is 170 mm wide (at least 96 dpi)"));
    m_preview->setObjectName("exportPreview");
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("The figure as it will be exported, reduced"));
    m_preview->setFixedSize(kPreviewBox);
    m_preview->setAlignment(Qt::AlignCenter);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120); // typing a size draws once, not on every digit
    m_unit->addItem(tr("pixels"), QVariant::fromValue(static_cast<int>(SizeUnit::Pixels)));
    m_unit->addItem(tr("mm"), QVariant::fromValue(static_cast<int>(SizeUnit::Millimetres)));
    m_unit->addItem(tr("inches"), QVariant::fromValue(static_cast<int>(SizeUnit::Inches)));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);
    m_dpi->setSuffix(tr(" dpi"));
    auto *dpiRow = new QHBoxLayout;
    dpiRow->addWidget(m_dpi);
    dpiRow->addWidget(m_autoDpi);
    m_scale->setToolTip(tr("How much larger than their print size (8 pt tick labels) texts and "
                           "lines are drawn"));

    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);
    m_content->addItem(tr("Plot only"), static_cast<int>(FigureContent::Plot));
    m_content->addItem(tr("Softmax only"), static_cast<int>(FigureContent::Softmax));
    m_content->addItem(tr("Plot, and softmax as a second file"),
                       static_cast<int>(FigureContent::PlotAndSoftmaxFiles));
    m_content->addItem(tr("Plot and softmax side by side"),
                       static_cast<int>(FigureContent::PlotBesideSoftmax));
    m_problem->setObjectName("exportProblem");
    widgetcolours::setErrorText(m_problem);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), dpiRow);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Background:"), m_background);
    form->addRow(tr("Content:"), m_content);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_preview, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::convertSize);
    connect(m_preset, &QComboBox::activated, this, &ExportDialog::applyPreset);
    connect(m_autoDpi, &QCheckBox::toggled, this, &ExportDialog::updateState);
    for (QComboBox *box : {m_background, m_content})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QDoubleSpinBox *box : {m_width, m_height, m_dpi, m_scale})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setOptions(FigureOptions{});
    readSettings();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ExportDialog::isCsvPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

FigureOptions ExportDialog::options() const
{
    FigureOptions options;
    options.size = QSizeF(m_width->value(), m_height->value());
    options.unit = static_cast<SizeUnit>(m_unit->currentData().toInt());
    options.dpi = m_autoDpi->isChecked() ? kAutoDpi : m_dpi->value();
    options.scale = m_scale->value();
    options.transparent = m_background->currentData().toBool();
    options.content = static_cast<FigureContent>(m_content->currentData().toInt());
    return options;
}

void ExportDialog::setOptions(const FigureOptions &options)
{
    {
        const QSignalBlocker quiet(m_unit); // the new size is in the new unit already
        m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(options.unit)));
        m_shownUnit = options.unit;
    }
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_autoDpi->setChecked(options.dpi == kAutoDpi);
    if (options.dpi != kAutoDpi) m_dpi->setValue(options.dpi);
    m_scale->setValue(options.scale);
    m_background->setCurrentIndex(m_background->findData(options.transparent));
    m_content->setCurrentIndex(m_content->findData(static_cast<int>(options.content)));
    updateState();
}

void ExportDialog::readSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    FigureOptions o = options();
    o.size = settings.value("size", o.size).toSizeF();
    o.unit = static_cast<SizeUnit>(settings.value("unit", static_cast<int>(o.unit)).toInt());
    o.dpi = settings.value("dpi", o.dpi).toDouble();
    o.scale = settings.value("scale", o.scale).toDouble();
    o.transparent = settings.value("transparent", o.transparent).toBool();
    o.content =
        static_cast<FigureContent>(settings.value("content", static_cast<int>(o.content)).toInt());
    setOptions(o);
    setPath(settings.value("path").toString());
}

void ExportDialog::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const FigureOptions o = options();
    settings.setValue("size", o.size);
    settings.setValue("unit", static_cast<int>(o.unit));
    settings.setValue("dpi", o.dpi);
    settings.setValue("scale", o.scale);
    settings.setValue("transparent", o.transparent);
    settings.setValue("content", static_cast<int>(o.content));
    settings.setValue("path", path());
}

void ExportDialog::setExporter(Exporter exporter)
{
    m_exporter = std::move(exporter);
}

void ExportDialog::accept()
{
    updateState();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) return;
    writeSettings();
    if (m_exporter) {
        // A write error keeps the dialog open with the reason, so the path can be fixed.
        if (auto error = m_exporter(path(), options())) {
            m_problem->setText(*error);
            m_problem->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

void ExportDialog::convertSize()
{
    // The same physical size in the new unit (pixels at the DPI): 1600 px is not 1600 mm.
    const auto unit = static_cast<SizeUnit>(m_unit->currentData().toInt());
    if (unit == m_shownUnit) return;
    // An automatic resolution depends on the unit; the one in use becomes explicit, so the
    // figure stays the same one (1600 px at 239 dpi is 170 mm, and back).
    FigureOptions before = options();
    before.unit = m_shownUnit;
    const double dpi = FigureExporter::resolvedDpi(before);
    if (m_autoDpi->isChecked()) {
        m_dpi->setValue(QString::number(dpi, 'f', 1).toDouble());
        m_autoDpi->setChecked(false);
    }
    const double factor = unitsPerInch(unit, dpi) / unitsPerInch(m_shownUnit, dpi);
    m_shownUnit = unit;
    const int decimals = unit == SizeUnit::Pixels ? 0 : unit == SizeUnit::Millimetres ? 1 : 2;
    for (NumberField *field : {m_width, m_height}) {
        const double converted = QString::number(field->value() * factor, 'f', decimals).toDouble();
        field->setValue(converted);
    }
    updateState();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), path(),
        tr("Figures (*.png *.svg *.pdf);;PNG image (*.png);;SVG drawing (*.svg);;"
           "PDF document (*.pdf);;Curve values (*.csv)"));
    if (!chosen.isEmpty()) setPath(chosen);
}

void ExportDialog::updateState()
{
    const QString file = path();
    const bool csv = isCsvPath(file);
    const std::optional<FigureFormat> format = FigureExporter::formatForPath(file);
    QString problem;
    if (csv) {
        m_format->setText(tr("CSV: the plotted curves' values over the visible x range"));
    } else if (format) {
        const char *const names[] = {"PNG", "SVG", "PDF"};
        m_format->setText(QString::fromLatin1(names[static_cast<int>(*format)]));
        if (auto wrong = FigureExporter::checkOptions(options())) problem = *wrong;
    } else {
        m_format->setText(tr("—"));
        problem = file.isEmpty() ? tr("Choose a file.")
                                 : tr("The file name must end in .png, .svg, .pdf or .csv.");
    }
    m_dpi->setEnabled(!csv && !m_autoDpi->isChecked());
    if (m_autoDpi->isChecked()) {
        const QSignalBlocker quiet(m_dpi);
        m_dpi->setValue(std::round(FigureExporter::resolvedDpi(options()) * 10) / 10);
    }
    if (!m_applyingPreset) {
        const FigurePreset *preset = FigurePreset::matching(options());
        m_preset->setCurrentIndex(preset ? m_preset->findData(preset->key) : 0);
    }
    // The preview needs only drawable options; the file may still be missing.
    if (!csv && !FigureExporter::checkOptions(options())) m_previewTimer->start();
    for (QWidget *w : {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height),
                       static_cast<QWidget *>(m_unit), static_cast<QWidget *>(m_autoDpi),
                       static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_scale),
                       static_cast<QWidget *>(m_background), static_cast<QWidget *>(m_content)})
        w->setEnabled(!csv);
    m_preview->setEnabled(!csv);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ExportDialog::applyPreset()
{
    const FigurePreset *preset = FigurePreset::find(m_preset->currentData().toString());
    if (!preset) return; // Custom: the fields stay as they are
    m_applyingPreset = true;
    setOptions(preset->applyTo(options()));
    m_applyingPreset = false;
    updateState();
}

void ExportDialog::setPreviewSource(const FigureExporter &source)
{
    m_previewSource = source;
    updateState();
}

QImage ExportDialog::previewImage() const
{
    return m_previewImage;
}

FigureOptions ExportDialog::previewOptions(const FigureOptions &options, int width)
{
    // The same physical size (so the same layout: texts, lines, legend) at a low resolution.
    FigureOptions preview = options;
    const double dpi = FigureExporter::resolvedDpi(options);
    const double perInch = options.unit == SizeUnit::Pixels        ? dpi
                           : options.unit == SizeUnit::Millimetres ? 25.4
                                                                   : 1.0;
    preview.size = options.size / perInch * 25.4;
    preview.unit = SizeUnit::Millimetres;
    preview.dpi = std::clamp(width / (preview.size.width() / 25.4), FigureExporter::kMinDpi,
                             FigureExporter::kMaxDpi);
    if (preview.content == FigureContent::PlotAndSoftmaxFiles)
        preview.content = FigureContent::Plot;
    return preview;
}

void ExportDialog::updatePreview()
{
    if (!m_previewSource) return;
    const FigureOptions o = options();
    if (FigureExporter::checkOptions(o)) return;
    // As wide as the box allows at the figure's aspect ratio, and no higher than the box.
    const double aspect = o.size.height() / o.size.width();
    const int width =
        std::max(40, int(std::min<double>(kPreviewBox.width(), kPreviewBox.height() / aspect)));
    const FigureOptions preview = previewOptions(o, width);
    const auto png = m_previewSource->render(FigureFormat::Png, preview.content, preview);
    if (!std::holds_alternative<QByteArray>(png)) return;
    m_previewImage = QImage::fromData(std::get<QByteArray>(png), "PNG");
    m_preview->setPixmap(QPixmap::fromImage(m_previewImage));
}
