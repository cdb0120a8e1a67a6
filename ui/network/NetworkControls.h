// The network panel's settings: a row (slider + number field) each for L, N, σw², σb², q0, the
// batch and the seed, buttons for the known initialisations, and a line for refused values.
// Edits go to the scene model, which checks them (scenerules::checkNetwork); slider drags are
// reported as gestures, one undo step each.
#pragma once

#include "NetworkSetup.h"

#include <QWidget>

#include <functional>
#include <vector>

class NetworkSettingRow;
class QLabel;
class QPushButton;
class SceneModel;

class NetworkControls : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkControls(SceneModel *model, QWidget *parent = nullptr);

    NetworkSettingRow *row(const QString &key) const;
    QPushButton *initialisationButton(Initialisation init) const;
    QLabel *message() const { return m_message; }

signals:
    void gestureStarted();
    void gestureFinished();

private:
    using Apply = std::function<void(NetworkSetup &, double)>;
    void addRow(const struct NetworkRowSpec &spec);
    void edit(const Apply &apply, double value);
    void sync();
    void showMessage(const QString &text);

    SceneModel *m_model;
    std::vector<std::pair<NetworkSettingRow *, std::function<double(const NetworkSetup &)>>> m_rows;
    std::vector<QPushButton *> m_initialisations;
    QLabel *m_message;
    bool m_dragging = false;
};
