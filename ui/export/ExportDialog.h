// Asks where and how to export: the file (its extension picks PNG, SVG, PDF or CSV), the size
// in pixels or in mm/inches at a DPI, the scale, the background and what the figure shows.
// Remembers the last choices in QSettings; the window does the exporting.
#pragma once

#include "FigureExporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
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

    void accept() override;

private:
    void browse();
    void updateState();

    QLineEdit *m_path;
    QLabel *m_format;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QComboBox *m_unit;
    QDoubleSpinBox *m_dpi;
    QDoubleSpinBox *m_scale;
    QComboBox *m_background;
    QComboBox *m_content;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
