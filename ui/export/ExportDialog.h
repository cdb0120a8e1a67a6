// Asks where and how to export: the file (its extension picks PNG, SVG, PDF or CSV), a preset
// or the size in pixels or in mm/inches at a DPI (or an automatic one), the scale, the
// background and what the figure shows, with a live preview at the figure's aspect ratio drawn
// by the exporter itself. Remembers the last choices in QSettings; the window does the exporting.
#pragma once

#include "FigureExporter.h"

#include <QDialog>
#include <QImage>

#include <functional>
#include <optional>

class QCheckBox;
class QTimer;
class QComboBox;
class QDialogButtonBox;
class NumberField;
class QLabel;
class QLineEdit;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    FigureOptions options() const;
    void setOptions(const FigureOptions &options);
    // ".csv" exports the curves' numbers instead of a figure.
    static bool isCsvPath(const QString &path);

    // The choices of the last accepted dialog (or the defaults) and storing them.
    void readSettings();
    void writeSettings() const;

    // What OK does: export, and give back the reason when that fails; the dialog then stays
    // open and shows it. Without one, OK just closes the dialog.
    using Exporter =
        std::function<std::optional<QString>(const QString &path, const FigureOptions &options)>;
    void setExporter(Exporter exporter);
    // What the preview draws (the window's plot and chart); without it there is no preview.
    void setPreviewSource(const FigureExporter &source);
    // The preview's picture as last drawn (null before the first).
    QImage previewImage() const;
    // The options the preview is drawn with: the figure's physical size and look, at a
    // resolution that makes it about `width` pixels wide.
    static FigureOptions previewOptions(const FigureOptions &options, int width);

    void accept() override;

private:
    void browse();
    void updateState();
    void convertSize();
    void applyPreset();
    void updatePreview();

    QLineEdit *m_path;
    QLabel *m_format;
    NumberField *m_width;
    NumberField *m_height;
    QComboBox *m_preset;
    QComboBox *m_unit;
    NumberField *m_dpi;
    QCheckBox *m_autoDpi;
    QLabel *m_preview;
    QTimer *m_previewTimer;
    std::optional<FigureExporter> m_previewSource;
    QImage m_previewImage;
    bool m_applyingPreset = false;
    NumberField *m_scale;
    QComboBox *m_background;
    QComboBox *m_content;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    Exporter m_exporter;
    SizeUnit m_shownUnit = SizeUnit::Pixels; // the unit the size fields are in now
};
