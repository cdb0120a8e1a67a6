// See ExampleScenes.h. The README's claims table lists the same scenes.
#include "ExampleScenes.h"

#include <QCoreApplication>

const std::vector<ExampleScene> &exampleScenes()
{
    static const std::vector<ExampleScene> scenes{
        {":/examples/sigmoid-vanishing-gradient.actscene",
         QCoreApplication::translate("ExampleScenes",
                                     "Sigmoid: the gradient vanishes through depth"),
         QCoreApplication::translate(
             "ExampleScenes",
             "χ1 < 1/16 per layer: after 20 layers the gradient's variance is ~1e-24 of the "
             "last layer's")},
        {":/examples/relu-dead-units.actscene",
         QCoreApplication::translate("ExampleScenes", "ReLU: dead units"),
         QCoreApplication::translate(
             "ExampleScenes",
             "the fraction of units that output 0 for every input grows with depth; leaky ReLU "
             "keeps none")},
        {":/examples/elu-mean-toward-zero.actscene",
         QCoreApplication::translate("ExampleScenes", "ELU pushes the mean toward zero"),
         QCoreApplication::translate(
             "ExampleScenes",
             "ELU's mean activation is about a third of ReLU's at the same variance")},
        {":/examples/selu-fixed-point.actscene",
         QCoreApplication::translate("ExampleScenes", "SELU: mean 0 and variance 1 are kept"),
         QCoreApplication::translate(
             "ExampleScenes",
             "with σw² = 1 and σb² = 0 the fixed point is q* = 1, where SELU's mean is 0")},
        {":/examples/linear-layers-collapse.actscene",
         QCoreApplication::translate("ExampleScenes", "Stacked linear layers collapse"),
         QCoreApplication::translate(
             "ExampleScenes",
             "50 linear layers are one matrix: the output along an input direction is a "
             "straight line")},
        {":/examples/rrelu-random-slopes.actscene",
         QCoreApplication::translate("ExampleScenes", "RReLU's random slopes"),
         QCoreApplication::translate(
             "ExampleScenes",
             "in training RReLU draws a slope per unit and input: its variance grows with "
             "E[s²], more than leaky ReLU at the mean slope")},
        {":/examples/tanh-order-to-chaos.actscene",
         QCoreApplication::translate("ExampleScenes", "Tanh: from order to chaos"),
         QCoreApplication::translate(
             "ExampleScenes",
             "the χ1 = 1 line splits the σw² × σb² plane; these settings sit on the ordered "
             "side")},
    };
    return scenes;
}
