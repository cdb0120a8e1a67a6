// The network panel open in a real window, as Ctrl+L leaves it, for the network panel's tests
// (test_ui_network, test_ui_network_redraw): the window, its panel, a quantity chosen as the box
// does, and the values of a plotted graph.
#pragma once

#include "MainWindow.h"
#include "NetworkDock.h"
#include "NetworkPanel.h"
#include "NetworkSetup.h"
#include "SceneModel.h"

#include <QAction>
#include <QComboBox>

#include <qcustomplot.h>

#include <vector>

namespace testsupport {

inline constexpr int kSimulationTimeout = 60000; // ms; the machine may be busy

inline std::vector<double> values(const QCPGraph *graph)
{
    std::vector<double> v;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        v.push_back(it->value);
    return v;
}

struct OpenPanel
{
    MainWindow window;
    NetworkPanel *panel = nullptr;
    OpenPanel()
    {
        window.resize(1500, 1000);
        window.show();
        window.findChild<QAction *>("showNetworkPanel")->trigger();
        panel = window.networkDock()->panel();
    }
    SceneModel *model() const { return window.model(); }
    void chooseQuantity(LayerQuantity q) const
    {
        QComboBox *box = panel->quantityBox();
        box->setCurrentIndex(box->findData(int(q)));
        emit box->activated(box->currentIndex());
    }
};

} // namespace testsupport
