// See ExportDialog.h.
#include "ExportDialog.h"
#include "NumberField.h"
#include "WidgetColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace {

const char *const kGroup = "export";

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
      m_height(numberField(10)), m_unit(new QComboBox), m_dpi(numberField(1)),
      m_scale(numberField(0.25)), m_background(new QComboBox), m_content(new QComboBox),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName("exportDialog");
    setWindowTitle(tr("Export Figure"));
    m_path->setObjectName("exportPath");
    m_path->setMinimumWidth(320);
    auto *browseButton = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_unit->setObjectName("exportUnit");
    m_unit->addItem(tr("pixels"), QVariant::fromValue(static_cast<int>(SizeUnit::Pixels)));
    m_unit->addItem(tr("mm"), QVariant::fromValue(static_cast<int>(SizeUnit::Millimetres)));
    m_unit->addItem(tr("inches"), QVariant::fromValue(static_cast<int>(SizeUnit::Inches)));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);
    m_dpi->setSuffix(tr(" dpi"));
    m_scale->setToolTip(tr("How much larger than on screen texts and lines are drawn"));

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
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Background:"), m_background);
    form->addRow(tr("Content:"), m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportDialog::convertSize);
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
    options.dpi = m_dpi->value();
    options.scale = m_scale->value();
    options.transparent = m_background->currentData().toBool();
    options.content = static_cast<FigureContent>(m_content->currentData().toInt());
    return options;
}

void ExportDialog::setOptions(const FigureOptions &options)
{
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(options.unit)));
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
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
    const double factor =
        unitsPerInch(unit, m_dpi->value()) / unitsPerInch(m_shownUnit, m_dpi->value());
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
    for (QWidget *w : {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height),
                       static_cast<QWidget *>(m_unit), static_cast<QWidget *>(m_dpi),
                       static_cast<QWidget *>(m_scale), static_cast<QWidget *>(m_background),
                       static_cast<QWidget *>(m_content)})
        w->setEnabled(!csv);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
